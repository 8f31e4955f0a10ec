import type { ManifestAnswer, TelemetryPath } from '@bas/auth-bridge';
import type { RemoteHost, RequestReport } from '@bas/sdk';
import { useSessionStore } from './sessionStore.ts';
import type { Session } from './createSession.ts';

let session: Session | undefined;
let settledWithout = false;
// The agency whose code this page runs: the auth frame bound the tab to it, or had before this page (a preload).
let agencyInPage: string | undefined;
// The agency the tab was bound to before this page loaded (an app opened earlier in the tab).
let tabAgency: string | undefined;
let settle: (value: Session | undefined) => void = () => {};
// The auth frame is connected after the first paint; a click on "Masuk", or an app about to load, waits for it.
const ready = new Promise<Session | undefined>((resolve) => {
  settle = resolve;
});

let attached = false;

/**
 * Connects the session once the configuration has named the auth frame (or says there is none). Once per page: the
 * shell's chunks are modules any app's code in the page can import again, and a second call with no session would
 * settle the page as one without sign-in, where any agency's code may preload unbound (claimPreloadOf).
 */
export function attachSession(started: Session | undefined): void {
  if (attached) return;
  attached = true;
  session = started;
  settledWithout = started === undefined;
  settle(started);
  void started?.binding().then((agency) => {
    tabAgency = agency;
  });
}

/** Sends the person to sign in, and back to `returnTo` afterwards. */
export async function requestLogin(returnTo: string): Promise<void> {
  await (await ready)?.login(returnTo);
}

export async function requestLogout(): Promise<void> {
  await (await ready)?.logout();
}

/**
 * Called before `agency`'s code runs in this page (opening or preparing one of its apps at `path`). False when the
 * tab must be replaced first because another agency's code ran in it; the switch is then under way. The agency whose
 * code this page already runs is not asked about again: only the switch page, opened as the whole tab, unbinds a
 * tab, so the answer cannot have changed while this page lives, and the round trip to the frame would delay every
 * later opening of its apps by a frame.
 */
export async function bindAgency(agency: string, path: string): Promise<boolean> {
  const current = await ready;
  if (current === undefined || agencyInPage === agency) return true;
  const bound = await current.bind(agency, path);
  if (bound) agencyInPage = agency;
  return bound;
}

/**
 * For pages that show what no agency may read (the person's requests across agencies): true when no agency's code
 * ran in this tab; otherwise false, and the tab is being replaced with a fresh page at `path` (the auth frame
 * answers a tab bound to an agency with that agency's part only).
 */
export async function inPageWithoutAgencyCode(path: string): Promise<boolean> {
  const current = await ready;
  if (current === undefined || (agencyInPage === undefined && (await current.binding()) === undefined))
    return true;
  current.freshPage(path);
  return false;
}

/**
 * Whether `agency`'s code may run here before anyone opens its app (a preload on hover), recording that it will:
 * when the tab already runs or ran that agency's code, or when there is no session to protect. A preload never binds
 * the tab: hovering over one agency's card must not decide which apps open without a page load.
 */
export function claimPreloadOf(agency: string): boolean {
  if (!settledWithout && (agencyInPage ?? tabAgency) !== agency) return false;
  if (!settledWithout) agencyInPage = agency;
  return true;
}

/** Whether any agency's code ran in this page (a page restored from the back-forward cache must start afresh). */
export function runsAgencyCode(): boolean {
  return agencyInPage !== undefined;
}

/**
 * The personal catalog, through the auth frame; undefined for anonymous visitors (they read the public one) and
 * before the frame is connected: the catalog never waits for sign-in, it loads again once someone is signed in.
 */
export async function personalManifest(etag?: string): Promise<ManifestAnswer | undefined> {
  return session?.personalManifest(etag);
}

/** Has the auth frame refresh its copy of the catalog (when the shell is idle after loading one). */
export async function refreshCatalogCopy(): Promise<void> {
  await (await ready)?.refreshCatalogCopy().catch(() => undefined);
}

/**
 * The auth frame's copy of the last catalog it fetched itself, for when the registry is down; undefined without a
 * frame. (A copy on the portal's own origin could be rewritten by an app's script.) Its entries are as stored on the
 * device: the catalog store checks them before it shows any.
 */
export async function savedCatalog(): Promise<{ savedAt: string; entries: unknown[] } | undefined> {
  return (await ready)?.catalogCopy().catch(() => undefined);
}

/**
 * Has the auth frame keep a request an app of `agency` reported, with the portal's token it alone holds; rejects
 * with the reason when there is no sign-in here or the registry refused it.
 */
export async function sendRequestReport(
  agency: string,
  appId: string,
  request: RequestReport,
): Promise<void> {
  const current = await ready;
  if (current === undefined) throw new Error('This portal has no sign-in, so it keeps no requests.');
  await current.reportRequest(agency, appId, request);
}

/**
 * Has the auth frame send a batch of telemetry or real-user samples to the registry with the signed-in person's
 * token, which the page never holds; rejects without a frame, or with the reason the batch was not taken.
 */
export async function sendTelemetryBatch(
  path: TelemetryPath,
  body: Record<string, unknown[]>,
): Promise<void> {
  const current = await ready;
  if (current === undefined) throw new Error('This portal has no sign-in: its batches go with sendBeacon.');
  await current.sendTelemetry(path, body);
}

/** The person's requests through the auth frame; undefined without a frame (a portal without sign-in). */
export async function fetchPersonRequests(): Promise<{ status: number; body?: unknown } | undefined> {
  return (await ready)?.requests();
}

/**
 * The auth service one agency's apps receive: who is signed in, and a token for that agency's API only (the remote
 * context adds the check that it goes to the app's API origins). The object holds no token of its own.
 */
export function agencyAuth(agency: string): RemoteHost['auth'] {
  return {
    getAccessToken: () => session?.agencyToken(agency) ?? Promise.resolve(undefined),
    getUser: () => useSessionStore.getState().user,
    subscribe: (listener) =>
      useSessionStore.subscribe((state, previous) => {
        if (state.user !== previous.user) listener();
      }),
    login: () => void requestLogin(window.location.pathname + window.location.search),
    logout: () => void requestLogout(),
  };
}
