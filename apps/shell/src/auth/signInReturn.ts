/** Set while the person is away signing in; a tab's sessionStorage survives the trip to the identity provider. */
const storageKey = 'bas.signing-in';

/** Notes that this tab is leaving to sign in. */
export function markSigningIn(): void {
  try {
    sessionStorage.setItem(storageKey, '1');
  } catch {
    // Storage refused (private mode, quota): the person lands on the page as after any load.
  }
}

/** Whether this load is the return from signing in; true once. */
export function takeSignInReturn(): boolean {
  try {
    const returning = sessionStorage.getItem(storageKey) === '1';
    sessionStorage.removeItem(storageKey);
    return returning;
  } catch {
    return false;
  }
}

/**
 * Back from signing in, focus goes to the page's main heading, so a screen reader starts at the page the person
 * asked for instead of on the body. The heading may come with a lazily loaded page, so it is awaited (5 s at most).
 */
export function focusHeadingAfterSignIn(main: HTMLElement): void {
  if (!takeSignInReturn()) return;
  const focus = () => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading === null) return false;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  };
  if (focus()) return;
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  // Once the person does something, where they are is theirs: the heading no longer takes the focus.
  const stop = () => {
    observer.disconnect();
    for (const type of ['keydown', 'pointerdown'] as const) removeEventListener(type, stop, true);
  };
  for (const type of ['keydown', 'pointerdown'] as const) addEventListener(type, stop, true);
  observer.observe(main, { childList: true, subtree: true });
  setTimeout(stop, 5000);
}
