import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import type { RemoteContext, Unmount } from '@bas/sdk';
import { claimPreloadOf } from '../auth/shellAuth.ts';
import type { FederationHost, FederationHostOptions } from './createFederationHost.ts';
import { localBuilds, type LocalBuilds } from './localBuilds.ts';
import { createPagePins } from './pagePins.ts';
import { preloadOpeningFiles } from './preloadOpeningFiles.ts';

/**
 * Everything about opening an app, in one object built once at start-up (decisions/0018): fetching one ahead of
 * the click (`preload`), and loading and mounting one into an element (`open`). The federation runtime and its
 * plugins are fetched the first time someone shows intent to open an app, not with the first paint
 * (decisions/0013), and learn of an app only when it is first loaded: a catalog of 27,000 apps registers none at
 * start (decisions/0031).
 */
export interface AppHost {
  /** How long an open may take before it fails with `REMOTE_TIMEOUT`. */
  readonly timeoutMs: number;
  /** The deployment's settings, from config.json; nothing loads before they are known. */
  configure(options: FederationHostOptions): void;
  preload(entry: ManifestEntry): void;
  /**
   * Fetches and starts what opening any app needs (the federation runtime's host and its plugins), so that the
   * first opening waits for the app's own files only. Called when the shell is idle.
   */
  warm(): void;
  /** Loads the app and mounts it; resolves with its unmount, rejects with a `ShellError` saying why not. */
  open(entry: FederatedEntry, element: HTMLElement, context: RemoteContext): Promise<Unmount>;
  /** Where a developer's local build of this app is served, when it runs in place of the catalog's (decisions/0019). */
  localBuildOf(entry: FederatedEntry): string | undefined;
}

export function createAppHost(builds: LocalBuilds = localBuilds): AppHost {
  let configure: (options: FederationHostOptions) => void = () => undefined;
  const configured = new Promise<FederationHostOptions>((resolve) => (configure = resolve));
  let timeoutMs = 8000;
  let federation: Promise<FederationHost> | undefined;
  let allowed: readonly string[] = [];
  // One for the page, as its module map and import map are: the preloads here and the pins of every app's index.
  const pins = createPagePins();
  const ready = () =>
    (federation ??= Promise.all([configured, import('./createFederationHost.ts')]).then(
      ([options, { createFederationHost }]) => createFederationHost(options, pins),
    ));
  // One load at a time per app: a preload on hover and the click that follows share it.
  const pending = new Map<string, ReturnType<FederationHost['load']>>();
  // An app from an origin the portal does not load from would be refused on opening anyway; asking its files ahead
  // would only be blocked by the page's policy, and reported as a violation.
  const fromAllowedOrigin = (entry: FederatedEntry) => allowed.includes(new URL(entry.manifestUrl).origin);
  const load = async (entry: FederatedEntry) => {
    const host = await ready();
    // Registered when first loaded, and again when the catalog has moved the app to another build.
    host.register(entry);
    const running = pending.get(entry.id) ?? host.load(entry).finally(() => pending.delete(entry.id));
    pending.set(entry.id, running);
    return running;
  };

  return {
    get timeoutMs() {
      return timeoutMs;
    },
    configure(options) {
      timeoutMs = options.timeoutMs;
      allowed = [...options.remoteOrigins, ...builds.origins()];
      configure({ ...options, remoteOrigins: allowed });
    },
    warm() {
      ready().catch(() => undefined);
    },
    preload(entry) {
      if (entry.kind !== 'federated' || entry.status !== 'active') return;
      if (!fromAllowedOrigin(entry)) return;
      // Its files are fetched, not run: for whichever agency.
      preloadOpeningFiles(entry, pins);
      // Another agency's code may not run in this tab yet: fetch its manifest only, which runs nothing either.
      if (!claimPreloadOf(entry.agency)) {
        void fetch(entry.manifestUrl, { credentials: 'omit' }).catch(() => undefined);
        return;
      }
      load(entry).catch(() => undefined);
    },
    async open(entry, element, context) {
      // Opened without a preload (a deep link, a click without hover): its files are still asked for at once.
      if (fromAllowedOrigin(entry)) preloadOpeningFiles(entry, pins);
      const module = await load(entry);
      return module.mount(element, context);
    },
    localBuildOf: (entry) => builds.of(entry),
  };
}

/** The page's CSP nonce, read before any app's code runs; the import maps that pin an app's files carry it. */
export function pageNonce(): string {
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
}
