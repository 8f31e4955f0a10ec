/** How often an open, visible tab asks the registry whether the catalog changed (decisions/0023). */
export const revalidateEveryMs = 30_000;
/** How often while the catalog shown is a copy: the tab notices the registry is back within 10 s (decisions/0024). */
export const revalidateWhileStaleMs = 10_000;

/**
 * Runs `revalidate` while the tab is visible, waiting `revalidateWhileStaleMs` after it when `stale()` says the
 * catalog shown is a copy and `revalidateEveryMs` otherwise, and at once when the tab becomes visible again: a kill
 * switch or a rollback reaches an open tab within that time plus one request, and a hidden tab costs nothing.
 * Returns the function that stops it.
 */
export function keepCatalogFresh(
  revalidate: () => Promise<void>,
  stale: () => boolean = () => false,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const schedule = () => {
    timer = setTimeout(check, stale() ? revalidateWhileStaleMs : revalidateEveryMs);
  };
  const check = () => {
    clearTimeout(timer);
    timer = undefined;
    void revalidate().finally(() => {
      if (!stopped && timer === undefined && document.visibilityState === 'visible') schedule();
    });
  };
  const pause = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const onVisibilityChange = () => {
    if (document.visibilityState !== 'visible') return pause();
    check();
  };
  document.addEventListener('visibilitychange', onVisibilityChange);
  if (document.visibilityState === 'visible') schedule();
  return () => {
    stopped = true;
    pause();
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
