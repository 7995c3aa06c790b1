import { useCallback, useState } from "react";

export interface ActionState<T> {
  running: boolean;
  /** True once the last run finished without error (its result may be undefined). */
  done: boolean;
  result?: T;
  error?: unknown;
  run: () => Promise<void>;
}

/**
 * A one-click action against the workbook: running while it works, then its result or its
 * error, never both. A new click clears what the last one showed.
 */
export function useAction<T>(action: () => Promise<T>): ActionState<T> {
  const [state, setState] = useState<{ running: boolean; done: boolean; result?: T; error?: unknown }>({ running: false, done: false });
  const run = useCallback(async () => {
    setState({ running: true, done: false });
    try {
      setState({ running: false, done: true, result: await action() });
    } catch (error) {
      setState({ running: false, done: false, error });
    }
  }, [action]);
  return { ...state, run };
}
