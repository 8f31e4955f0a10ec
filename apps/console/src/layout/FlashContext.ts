import { createContext, use } from 'react';

/**
 * Says what an action did, in the layout's status region (`role="status"`, present before the message, so screen
 * readers announce it). `path` is the page it belongs to: the review page's "approved" is shown on the queue it
 * goes back to; a message disappears once the person moves to another page.
 */
export type Announce = (message: string, path?: string) => void;

export const FlashContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return use(FlashContext);
}
