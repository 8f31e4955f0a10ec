import { renderStatusPage } from './renderStatusPage.ts';
import type { StatusBoard, StatusSource } from './StatusSource.ts';

/** How long one reading of the board answers every visitor: a status page is read most when many look at once. */
const maxAgeMs = 5000;

/**
 * `/status` as HTML: the registry's board read at most every 5 s, and while the registry cannot be asked, the last
 * board it gave with the time it is from (503 with a message before it ever gave one).
 */
export function createStatusPage(source: StatusSource) {
  let last: { board: StatusBoard; readAt: Date } | undefined;
  let askedAt = 0;
  let asking: Promise<boolean> | undefined;
  const refresh = async (): Promise<boolean> => {
    const answer = await source();
    if (!answer.ok) {
      console.warn(`The status page shows its last board: ${answer.reason}`);
      return false;
    }
    last = { board: answer.board, readAt: new Date() };
    return true;
  };
  return async (locale: 'id' | 'en'): Promise<{ status: number; html: string }> => {
    let fresh = last !== undefined && Date.now() - askedAt < maxAgeMs;
    if (!fresh) {
      if (asking === undefined) {
        askedAt = Date.now();
        asking = refresh().finally(() => (asking = undefined));
      }
      fresh = await asking;
    }
    if (last === undefined)
      return { status: 503, html: renderStatusPage(undefined, locale, new Date(), true) };
    return { status: 200, html: renderStatusPage(last.board, locale, last.readAt, !fresh) };
  };
}
