import { useCallback, useState } from "react";

export interface ActionState<T> {
  running: boolean;
  result?: T;
  error?: unknown;
  run: () => Promise<void>;
}

/**
 * A one-click action against the workbook: running while it works, then its result or its
 * error, never both. A new click clears what the last one showed.
 */
export function useAction<T>(action: () => Promise<T>): ActionState<T> {
  const [state, setState] = useState<{ running: boolean; result?: T; error?: unknown }>({ running: false });
  const run = useCallback(async () => {
    setState({ running: true });
    try {
      setState({ running: false, result: await action() });
    } catch (error) {
      setState({ running: false, error });
    }
  }, [action]);
  return { ...state, run };
}
