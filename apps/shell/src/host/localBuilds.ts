import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import {
  overrideCookieOf,
  overrideOrigins,
  readOverrides,
  type DeveloperOverrides,
} from '@bas/manifest/overrides';
import type { UserProfile } from '@bas/sdk';
import { useSessionStore } from '../auth/sessionStore.ts';

/**
 * A developer's local builds, run in place of the published apps (decisions/0019). The overrides are this
 * browser's (a session cookie the portal's server sets from `?bas-remote-override=`) and apply only while a
 * developer is signed in: for anyone else, a citizen above all, the catalog's approved builds run, whatever the
 * cookie says. A local build's entry comes from `bas-remote preview` (`bas-entry.json`, pinned to the build as it
 * is now), so the shell loads it exactly as it loads a published app, every file checked against its index.
 */
export interface LocalBuilds {
  /** The origins the overrides load from; the page's policy lets in exactly these. */
  origins(): readonly string[];
  /** Where this app's local build is served, when the entry is one and a developer is signed in. */
  of(entry: FederatedEntry): string | undefined;
  /** The catalog with the signed-in developer's local builds in place of (or beside) the published apps. */
  merge(entries: ManifestEntry[]): Promise<ManifestEntry[]>;
}

const developer = (): UserProfile | undefined => {
  const user = useSessionStore.getState().user;
  return user?.roles.includes('developer') === true ? user : undefined;
};

/** Why a local build's entry cannot stand in for the app, or undefined when it can. */
function refusal(local: Partial<FederatedEntry>, id: string, base: string, agency: string | undefined) {
  if (local.id !== id) return `it is the entry of "${String(local.id)}", not of "${id}"`;
  if (local.kind !== 'federated' || typeof local.manifestUrl !== 'string')
    return 'it is not a federated remote';
  if (!local.manifestUrl.startsWith(base)) return `its files are not served from ${base}`;
  if (typeof local.integrity !== 'string') return 'it is not pinned to its build (no integrity)';
  if (typeof local.route !== 'string' || typeof local.name?.id !== 'string') return 'it has no route or name';
  if (local.agency !== agency)
    return `it belongs to ${String(local.agency)}, and this app to ${String(agency)}`;
  return undefined;
}

async function localEntry(
  id: string,
  base: string,
  agency: string | undefined,
): Promise<FederatedEntry | undefined> {
  const url = new URL('bas-entry.json', base).href;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const local = (await response.json()) as Partial<FederatedEntry>;
    const why = refusal(local, id, base, agency);
    if (why === undefined) return local as FederatedEntry;
    console.warn(`The local build of ${id} at ${base} is not used: ${why}.`);
  } catch (cause) {
    console.warn(
      `The local build of ${id} is not served at ${url}: is \`bas-remote preview\` running?`,
      cause,
    );
  }
  return undefined;
}

export function createLocalBuilds(
  readCookie = () => globalThis.document?.cookie,
  https = globalThis.location?.protocol === 'https:',
): LocalBuilds {
  let read: DeveloperOverrides | undefined;
  // Read once, at start-up, before any app's code has run in the page.
  const overrides = () => (read ??= readOverrides(overrideCookieOf(readCookie(), https)));
  return {
    origins: () => overrideOrigins(overrides()),
    of(entry) {
      const base = overrides()[entry.id];
      return base !== undefined && developer() !== undefined && entry.manifestUrl.startsWith(base)
        ? base
        : undefined;
    },
    async merge(entries) {
      const user = developer();
      const wanted = Object.entries(overrides());
      if (user === undefined || wanted.length === 0) return entries;
      const byId = new Map(entries.map((entry) => [entry.id, entry]));
      // An app in the catalog stays its agency's; a new one may only be the developer's own agency's.
      const local = await Promise.all(
        wanted.map(([id, base]) => localEntry(id, base, byId.get(id)?.agency ?? user.agency)),
      );
      const found = local.filter((entry) => entry !== undefined);
      const replaced = new Set(found.map((entry) => entry.id));
      return [...entries.filter((entry) => !replaced.has(entry.id)), ...found];
    },
  };
}

export const localBuilds = createLocalBuilds();
