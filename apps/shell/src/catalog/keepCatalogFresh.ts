/** How often an open, visible tab asks the registry whether the catalog changed (decisions/0023). */
export const revalidateEveryMs = 30_000;

/**
 * Runs `revalidate` every `everyMs` while the tab is visible, and at once when it becomes visible again: a kill
 * switch or a rollback reaches an open tab within that time plus one request, and a hidden tab costs nothing.
 * Returns the function that stops it.
 */
export function keepCatalogFresh(revalidate: () => Promise<void>, everyMs = revalidateEveryMs): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const check = () => void revalidate();
  const start = () => (timer ??= setInterval(check, everyMs));
  const pause = () => {
    clearInterval(timer);
    timer = undefined;
  };
  const onVisibilityChange = () => {
    if (document.visibilityState !== 'visible') return pause();
    check();
    start();
  };
  document.addEventListener('visibilitychange', onVisibilityChange);
  if (document.visibilityState === 'visible') start();
  return () => {
    pause();
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
