import type { FederatedEntry } from '@bas/manifest';
import {
  overrideCookieOf,
  overrideOrigins,
  readOverrides,
  type DeveloperOverrides,
} from '@bas/manifest/overrides';
import { useSessionStore } from '../auth/sessionStore.ts';
import { ShellError } from '../errors/ShellError.ts';
import { sriOf } from './sriOf.ts';

/**
 * A developer's local builds opened in place of the published apps (decisions/0019). The overrides are this
 * browser's (a session cookie the portal's server sets from `?bas-remote-override=`), read once at start-up, and
 * apply only while a developer is signed in: for anyone else, a citizen above all, the catalog's approved builds
 * run, whatever the cookie says.
 */
export interface LocalBuilds {
  /** The origins the overrides load from; the page's policy lets in exactly these. */
  readonly origins: readonly string[];
  /** Where this app's local build is served, when one is to run for the person signed in now. */
  of(entry: FederatedEntry): string | undefined;
  /**
   * The entry that loads the local build: the catalog's, pointed at the build and pinned to its integrity index as
   * it is now, so the shell loads it exactly as it loads a published app (every file checked against the index).
   */
  entryFor(entry: FederatedEntry, base: string, timeoutMs: number): Promise<FederatedEntry>;
}

export function localBuilds(
  overrides: DeveloperOverrides = readOverrides(overrideCookieOf(document.cookie)),
): LocalBuilds {
  return {
    origins: overrideOrigins(overrides),
    of(entry) {
      const base = overrides[entry.id];
      return base !== undefined && useSessionStore.getState().user?.roles.includes('developer') === true
        ? base
        : undefined;
    },
    async entryFor(entry, base, timeoutMs) {
      const index = new URL('bas-integrity.json', base).href;
      const response = await fetch(index, { signal: AbortSignal.timeout(timeoutMs) }).catch(
        (cause: unknown) => {
          throw new ShellError(
            'REMOTE_UNREACHABLE',
            `Your local build of ${entry.id} is not served at ${base}: is \`bas-remote preview\` running?`,
            { cause },
          );
        },
      );
      if (!response.ok) {
        throw new ShellError(
          'REMOTE_UNREACHABLE',
          `${index} answered HTTP ${response.status}: serve the build with \`bas-remote preview\`.`,
        );
      }
      return {
        ...entry,
        manifestUrl: new URL('mf-manifest.json', base).href,
        integrity: await sriOf(await response.arrayBuffer()),
        standaloneUrl: base,
      };
    },
  };
}
