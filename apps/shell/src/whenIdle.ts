/** Runs `task` when the browser is next idle (within 5 s); after half a second where it cannot say (Safari). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 500);
}
