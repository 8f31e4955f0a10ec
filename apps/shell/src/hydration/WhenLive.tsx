import { useEffect } from 'react';
import { useHydrated } from './useHydrated.ts';

/**
 * Calls `then` once the shell is live: its first page rendered, or the page the server rendered hydrated, with the
 * controls that need the shell's JavaScript enabled.
 */
export function WhenLive({ then }: { then(): void }): null {
  const hydrated = useHydrated();
  useEffect(() => {
    if (hydrated) then();
  }, [hydrated, then]);
  return null;
}
