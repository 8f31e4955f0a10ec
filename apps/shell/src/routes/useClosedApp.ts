import type { ManifestEntry } from '@bas/manifest';
import { useState } from 'react';

/** Why an app opened on this page was closed, with its entry as it was when it opened. */
export interface ClosedApp {
  reason: 'disabled' | 'updated';
  entry: ManifestEntry;
}

interface Opened {
  route: string;
  loadedFor: string | undefined;
  entry: ManifestEntry;
}

/**
 * Whether the app opened on this page has to be closed since the catalog changed under it (the shell revalidates
 * the catalog while the page is open, decisions/0023): switched off (gone from the catalog, or disabled) or
 * replaced by another version (an update or a rollback). Another version is not swapped in under the person: the
 * page is offered to load again. A catalog loaded for someone else (signing in or out) starts over: an app they
 * may not see was not switched off.
 */
export function useClosedApp(
  route: string,
  entry: ManifestEntry | undefined,
  loadedFor: string | undefined,
): ClosedApp | undefined {
  const [opened, setOpened] = useState<Opened>();
  const same = opened !== undefined && opened.route === route && opened.loadedFor === loadedFor;
  if (!same) {
    // Remembered from the first render that has it running (React's pattern for state from an earlier render).
    if (entry?.status === 'active') setOpened({ route, loadedFor, entry });
    return undefined;
  }
  // Another app now at this route (the first released its id and route) is not the one the person opened.
  if (entry === undefined || entry.status === 'disabled' || entry.id !== opened.entry.id) {
    return { reason: 'disabled', entry: opened.entry };
  }
  // A linked app runs elsewhere: there is nothing to close.
  if (entry.version !== opened.entry.version && entry.kind !== 'link') {
    return { reason: 'updated', entry: opened.entry };
  }
  return undefined;
}
