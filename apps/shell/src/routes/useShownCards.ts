import { startTransition, useEffect, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Cards in a phone's first screen, with room to scroll: what the first render shows. */
const firstScreen = 12;
/** Cards added per step after that: a step stays well under the 50 ms of a long task on a slow phone. */
const step = 24;

/**
 * How many of a page's `total` cards to show. The first render shows a screenful; the rest follow in small
 * background steps, each after the browser has had a turn, so no task grows with the catalog (decisions/0014).
 * Coming back to the page (the browser's back or forward, a reload) shows everything at once, so the browser can
 * put the person back where they were; a page reached by a link or its address starts with a screenful.
 */
export function useShownCards(total: number): number {
  const navigation = useNavigationType();
  // A history entry the router did not make (an address typed, a link from elsewhere) has the key "default"; one
  // it made, come back to or reloaded, has its own, and the browser restores its scroll position.
  const { key } = useLocation();
  const cameBack = navigation === 'POP' && key !== 'default';
  const [shown, setShown] = useState(cameBack ? Number.MAX_SAFE_INTEGER : firstScreen);
  useEffect(() => {
    if (shown >= total) return;
    const next = setTimeout(() => startTransition(() => setShown((count) => count + step)));
    return () => clearTimeout(next);
  }, [shown, total]);
  return shown;
}
