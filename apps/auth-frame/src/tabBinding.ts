const key = 'bas.agency';

/**
 * Which agency's code runs in this browser tab. The page tells the frame before it loads an app's code; from then on
 * the frame hands out tokens for that agency only, to this frame and to any other frame a script of the page might
 * open (they share the tab's session storage on this origin). Only the switch page, opened as the whole tab, clears
 * it: by then the page that ran the code is gone.
 */
export const tabBinding = {
  /** Binds the tab to `agency` if nothing else runs in it; false when another agency's code already ran here. */
  bind(agency: string): boolean {
    const current = sessionStorage.getItem(key);
    if (current !== null && current !== agency) return false;
    sessionStorage.setItem(key, agency);
    return true;
  },
  current(): string | undefined {
    return sessionStorage.getItem(key) ?? undefined;
  },
  allows(agency: string): boolean {
    return sessionStorage.getItem(key) === agency;
  },
  clear(): void {
    sessionStorage.removeItem(key);
  },
};
