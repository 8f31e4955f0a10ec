import { useCallback, useEffect, useState } from 'react';
import { useTelemetry } from './serviceHooks.ts';

/**
 * What a call to the agency's API has given so far: still loading, a value, or a failure with its message and a
 * way to try again.
 *
 * @example
 * if (result.state === 'failed') return <button onClick={result.retry}>{result.message}</button>;
 */
export type ApiResult<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string; retry(): void };

/**
 * Runs an API call when the component shows (again when `load` changes, and on retry). A failure is shown with
 * the error's message and sent to telemetry; a call whose page the person already left reports nothing.
 * Memoise `load` with `useCallback`, or every render starts a new call.
 *
 * @example
 * const result = useApiResult(useCallback(() => api.get<Leave[]>('cuti'), [api]));
 */
export function useApiResult<T>(load: () => Promise<T>): ApiResult<T> {
  const telemetry = useTelemetry();
  const [attempt, setAttempt] = useState(0);
  // The answer remembers which call it answers: a new call (another id, a retry) shows as loading until its own.
  const [answer, setAnswer] = useState<{ load: () => Promise<T>; attempt: number; result: ApiResult<T> }>();
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  useEffect(() => {
    let active = true;
    load().then(
      (value) => active && setAnswer({ load, attempt, result: { state: 'ready', value } }),
      (error: unknown) => {
        if (!active) return;
        telemetry.error(error);
        setAnswer({ load, attempt, result: { state: 'failed', message: (error as Error).message, retry } });
      },
    );
    return () => {
      active = false;
    };
  }, [load, attempt, retry, telemetry]);
  return answer?.load === load && answer.attempt === attempt ? answer.result : { state: 'loading' };
}
