import { useEffect, useState } from 'react';

type Load<T> = (signal: AbortSignal) => Promise<T>;

type Settled<T> = { load: Load<T>; attempt: number } & (
  { ok: true; data: T } | { ok: false; error: unknown }
);

export interface Loaded<T> {
  /** The last answer of this `load`, kept while it is loaded again, so a page does not flicker after an action. */
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Runs `load` (a `useCallback`, so that it changes only with what it loads) and keeps its answer or error. When
 * the page moves on to other data, or away, the request is cancelled through `signal` and its answer dropped.
 */
export function useLoad<T>(load: Load<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();
  useEffect(() => {
    const controller = new AbortController();
    const current = () => !controller.signal.aborted;
    load(controller.signal).then(
      (data) => current() && setSettled({ load, attempt, ok: true, data }),
      (error: unknown) => current() && setSettled({ load, attempt, ok: false, error }),
    );
    return () => controller.abort();
  }, [load, attempt]);
  const same = settled?.load === load ? settled : undefined;
  return {
    data: same?.ok === true ? same.data : undefined,
    error: same?.ok === false ? same.error : undefined,
    loading: same?.attempt !== attempt,
    reload: () => setAttempt((count) => count + 1),
  };
}
