import type { ManifestAnswer } from '@bas/auth-bridge';
import type { ManifestEntry } from '@bas/manifest';
import { useSessionStore } from '../auth/sessionStore.ts';
import type { ShellConfig } from '../config/loadShellConfig.ts';
import { ShellError } from '../errors/ShellError.ts';
import { createRenderedStore } from '../hydration/createRenderedStore.ts';
import { localBuilds } from '../host/localBuilds.ts';
import { fetchManifest, readManifestAnswer } from './fetchManifest.ts';

export type CatalogState =
  | { status: 'loading' }
  | {
      status: 'ready';
      entries: ManifestEntry[];
      byId: ReadonlyMap<string, ManifestEntry>;
      byRoute: ReadonlyMap<string, ManifestEntry>;
      /** Whom the registry filtered this catalog for: a username, or undefined for an anonymous visitor. */
      loadedFor: string | undefined;
      /** Set when the registry could not be reached and this is the copy saved at that time. */
      savedAt?: string;
    }
  | { status: 'failed'; error: ShellError };

/** The catalog the shell shows: a hook, with the store's getState and setState (the server renders it too). */
export const useCatalog = createRenderedStore<CatalogState>(() => ({ status: 'loading' }));

interface CatalogSource {
  config: ShellConfig;
  /** The registry's catalog for the person signed in (asked by the auth frame); undefined when nobody is. */
  personal(): Promise<ManifestAnswer | undefined>;
  /** The copy of the last catalog, kept by the auth frame, for when the registry is down. */
  saved(): Promise<{ savedAt: string; entries: ManifestEntry[] } | undefined>;
}

let source: CatalogSource | undefined;

/** The entries with their lookups by id and by route (`/layanan/<route>`). */
function indexed(entries: ManifestEntry[]) {
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    byRoute: new Map(entries.map((entry) => [entry.route, entry])),
  };
}
// Loads can overlap (anonymous at start, then for the person check-sso found): only the latest one may land.
let latest = 0;

export function failCatalog(cause: unknown): void {
  const error =
    cause instanceof ShellError
      ? cause
      : new ShellError('MANIFEST_UNAVAILABLE', 'The app catalog could not be loaded.', { cause });
  console.error(error);
  useCatalog.setState({ status: 'failed', error }, true);
}

/**
 * Shows the catalog the server rendered into the page (the anonymous visitor's) without fetching it again, and
 * keeps where it came from for the reload after signing in. (The shell saves the device's copy of it once idle.)
 */
export function adoptCatalog(next: CatalogSource, entries: ManifestEntry[]): void {
  source = next;
  useCatalog.setState(
    {
      status: 'ready',
      ...indexed(entries),
      loadedFor: undefined,
    },
    true,
  );
}

/**
 * (Re)loads the catalog for whoever is signed in now. What is on screen stays until the new catalog arrives, so
 * signing in adds the internal apps without a flash or a reload.
 */
export async function loadCatalog(next?: CatalogSource): Promise<void> {
  source = next ?? source;
  if (source === undefined) return;
  const request = ++latest;
  if (useCatalog.getState().status === 'failed') useCatalog.setState({ status: 'loading' }, true);
  try {
    const { config } = source;
    const url = new URL(config.manifestUrl, window.location.origin).href;
    const personal = await source.personal();
    const loadedFor = personal === undefined ? undefined : useSessionStore.getState().user?.username;
    const entries = await localBuilds.merge(
      personal === undefined ? await fetchManifest(url) : readManifestAnswer(personal, url),
    );
    if (request !== latest) return;
    useCatalog.setState(
      {
        status: 'ready',
        ...indexed(entries),
        loadedFor,
      },
      true,
    );
  } catch (cause) {
    if (request !== latest) return;
    const copy = await source.saved();
    if (request !== latest) return;
    if (copy === undefined) return failCatalog(cause);
    console.warn('The registry could not be reached; showing the catalog saved at', copy.savedAt, cause);
    useCatalog.setState(
      {
        status: 'ready',
        ...indexed(copy.entries),
        loadedFor: useSessionStore.getState().user?.username,
        savedAt: copy.savedAt,
      },
      true,
    );
  }
}
