import { useCallback, useState } from "react";
import { useHost, type PaneHost } from "./host";

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

/** The host's calls that take nothing (write a sheet, run the checks, list who can leave). */
type PlainCall = { [K in keyof PaneHost]: PaneHost[K] extends () => Promise<unknown> ? K : never }[keyof PaneHost];

/** A one-click action that is one call of the host: `useHostCall("writeAccount")`. */
export function useHostCall<K extends PlainCall>(name: K): ActionState<Awaited<ReturnType<PaneHost[K]>>> {
  type Result = Awaited<ReturnType<PaneHost[K]>>;
  const host = useHost();
  return useAction<Result>(useCallback(() => (host[name] as unknown as () => Promise<Result>).call(host), [host, name]));
}
