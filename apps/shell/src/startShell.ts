import { useSessionStore } from './auth/sessionStore.ts';
import {
  attachSession,
  personalManifest,
  refreshCatalogCopy,
  runsAgencyCode,
  savedCatalog,
} from './auth/shellAuth.ts';
import {
  adoptHome,
  adoptSource,
  catalogIsStale,
  failCatalog,
  loadCatalog,
  revalidateCatalog,
  wantCatalogFor,
} from './catalog/catalogStore.ts';
import { keepCatalogFresh } from './catalog/keepCatalogFresh.ts';
import { readBootData } from './catalog/readBootData.ts';
import { loadShellConfig, type ResolvedShellConfig } from './config/loadShellConfig.ts';
import type { ManifestAnswer } from '@bas/auth-bridge';
import { pageNonce, type AppHost } from './host/appHost.ts';
import { sampleRum } from './rum/rumSampling.ts';
import { inlineIcons } from './routes/inlineIcons.ts';
import { whenIdle } from './whenIdle.ts';

function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 3000);
    if (typeof PerformanceObserver === 'undefined') return;
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      clearTimeout(fallback);
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * The deployment's settings. Without them the shell cannot know where the catalog or the sign-in are: it says so,
 * and asks again when the person retries. The session is not settled meanwhile: settled as "no sign-in", the tab
 * would let apps run unbound should the retry find sign-in configured.
 */
async function loadConfig(origin: string): Promise<ResolvedShellConfig> {
  for (;;) {
    try {
      return await loadShellConfig(origin);
    } catch (cause) {
      await new Promise<void>((retry) => failCatalog(cause, retry));
    }
  }
}

/**
 * Everything the shell does around its first paint: take the deployment's config and the anonymous catalog from
 * the page the server rendered (or fetch them), and meanwhile ask the identity provider (check-sso) whether
 * someone is signed in (once `live`: the shell has rendered or hydrated its first page); when that changes, load
 * the catalog again for them. With a rendered page, the catalog is in the store before this function first awaits,
 * so the shell's first render shows what the server did.
 */
export async function startShell(apps: AppHost, live: Promise<void>): Promise<void> {
  const origin = window.location.origin;
  // Read now, before any app's code can run in the page.
  const nonce = pageNonce();
  const boot = readBootData();
  // Before the first render, which hydrates the tiles the server drew with these icons.
  for (const [name, shapes] of boot?.icons ?? []) inlineIcons.set(name, shapes);
  const config = boot?.config ?? (await loadConfig(origin));
  apps.configure({ timeoutMs: config.remoteTimeoutMs, remoteOrigins: config.remoteOrigins, nonce });
  // Only decided here: the monitoring itself is fetched with the first app opened, and on sampled pages only.
  sampleRum(config.rumSampleRate);
  const show = (personal: (etag?: string) => Promise<ManifestAnswer | undefined>) => {
    const source = { config, personal, saved: savedCatalog };
    // The page shows the home it was rendered with; the list comes when something asks for it (wantCatalogList)
    // or on signing in. Without a rendered home, an app's page or a browse page asks for its own part alone, any
    // other page for the list (wantCatalogFor).
    if (boot !== undefined) adoptHome(source, boot.home, boot);
    else {
      adoptSource(source);
      wantCatalogFor(window.location.pathname);
    }
    keepCatalogFresh(revalidateCatalog, catalogIsStale);
    // The auth frame refreshes its own copy of the catalog (for a registry outage) once start-up is done.
    whenIdle(() => void refreshCatalogCopy());
  };
  if (config.auth === undefined) {
    attachSession(undefined);
    useSessionStore.setState({ status: 'disabled' });
    show(() => Promise.resolve(undefined));
    return;
  }
  show((etag) => personalManifest(etag));
  // A page restored from the back-forward cache may still hold an agency's code that is no longer the tab's (the
  // auth frame's Web Lock normally keeps such pages out of the cache). Registered before any app's code, in the
  // capture phase, with the `persisted` getter as it is now, so no app can get in ahead of it or fake the flag.
  const persisted = Object.getOwnPropertyDescriptor(
    globalThis.PageTransitionEvent?.prototype ?? {},
    'persisted',
  )?.get;
  window.addEventListener(
    'pageshow',
    (event) => {
      const restored =
        persisted === undefined ? event.persisted : Reflect.apply(persisted, event, []) === true;
      if (restored && runsAgencyCode()) window.location.reload();
    },
    { capture: true },
  );
  // The auth frame is loaded once the first contentful paint is done and the shell is live: the public portal
  // never waits for it, and going live never shares the network or the main thread with it (on a page the server
  // rendered, the paint comes before any script, and the frame's code used to arrive while React hydrated). No
  // app's code runs before it is connected (apps wait for bindAgency).
  await Promise.all([afterFirstPaint(), live]);
  const { createSession } = await import('./auth/createSession.ts');
  const session = createSession(config.auth, { assign: (url) => window.location.assign(url) });
  attachSession(session);
  useSessionStore.subscribe((state, previous) => {
    const settled = state.status === 'authenticated' || state.status === 'anonymous';
    if (settled && state.user !== previous.user) void loadCatalog();
  });
  await session.start();
}
