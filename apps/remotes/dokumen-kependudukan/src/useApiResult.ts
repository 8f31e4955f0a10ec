import { useTelemetry } from '@bas/sdk/react';
import { useCallback, useEffect, useState } from 'react';

export type ApiResult<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; message: string; retry(): void };

/** Runs an API call when the page opens (and again on retry); a failure is shown and sent to telemetry. */
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
        // A page the person already left reports nothing: its failure is no longer theirs.
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
