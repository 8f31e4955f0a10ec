import { startTransition, useEffect, useState } from 'react';

/** Cards in a phone's first screen, with room to scroll: what the first render shows. */
const firstScreen = 12;
/** Cards added per step after that: a step stays well under the 50 ms of a long task on a slow phone. */
const step = 24;

/**
 * How many of the home page's `total` cards to show. The first render (on the portal's server, and hydrating its
 * page) shows a screenful; the rest follow in small background steps, each after the browser has had a turn, so
 * neither start-up nor any one task grows with the catalog (decisions/0014). `all` shows everything at once, for a
 * page the person comes back to and expects to find as they left it.
 */
export function useShownCards(total: number, all = false): number {
  const [shown, setShown] = useState(all ? Number.MAX_SAFE_INTEGER : firstScreen);
  useEffect(() => {
    if (shown >= total) return;
    const next = setTimeout(() => startTransition(() => setShown((count) => count + step)));
    return () => clearTimeout(next);
  }, [shown, total]);
  return shown;
}
