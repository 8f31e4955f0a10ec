import { useSyncExternalStore } from 'react';

const noChanges = () => () => {};

/**
 * False while the page the server rendered is being hydrated (and on the server), true from then on. Controls
 * that need the shell's JavaScript are disabled until then, so a tap on them is never silently lost; links work
 * from the first paint, as plain links.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}
