import type { RequestReport, UserProfile } from '@bas/sdk';

/**
 * What the auth frame tells the page about the session: who is signed in, never a token of the portal's own.
 * `notice` says why a session ended or could not be checked, or (`refreshDelayed`, still signed in) that the
 * identity provider did not answer a refresh that is being tried again, for the shell to tell the person.
 */
export interface SessionState {
  status: 'anonymous' | 'authenticated' | 'unavailable';
  user?: UserProfile;
  notice?: 'sessionEnded' | 'idpUnavailable' | 'refreshDelayed';
}

/** The personal catalog as the registry answered the frame (the page never holds the registry's token). */
export interface ManifestAnswer {
  status: number;
  etag?: string;
  body?: unknown;
}

/** The registry's paths a batch of the shell's may go to through the frame: telemetry, real-user monitoring. */
export type TelemetryPath = '/api/telemetry' | '/api/rum';

/** Each request the page may make of the frame, with what it sends and what it gets back. */
export interface AuthRequests {
  /** The session once check-sso has answered. */
  session: { params: Record<string, never>; result: SessionState };
  /** check-sso again, after the identity provider was unreachable. */
  retry: { params: Record<string, never>; result: SessionState };
  /**
   * Where to send the person to sign in, in the portal's language (`locale`, so the sign-in page speaks it too);
   * they come back to `returnTo` (a path on the portal).
   */
  login: { params: { returnTo: string; locale?: 'id' | 'en' }; result: { url: string } };
  /** Where to send the person to sign out; every other tab's frame is told, without any token. */
  logout: { params: Record<string, never>; result: { url: string } };
  /**
   * Binds this browser tab to the agency whose code is about to run in the page. A tab runs one agency's code at a
   * time: `bound: false` means another agency's code ran here, and the page must be replaced (the switch page).
   */
  bind: { params: { agency: string }; result: { bound: boolean } };
  /** The agency this tab is bound to, if any (an app of it may be prepared before it is opened). */
  binding: { params: Record<string, never>; result: { agency?: string } };
  /** An access token for the bound agency's API only, or none when nobody is signed in. */
  token: { params: { agency: string }; result: { token?: string } };
  /** The registry's catalog for the person signed in, or the anonymous one (`If-None-Match` with `etag`). */
  manifest: { params: { etag?: string }; result: ManifestAnswer };
  /**
   * The last catalog the frame itself fetched (public entries only), for when the registry is down. It lives on the
   * auth origin, so no script of the page can rewrite it to point an app's route at other code.
   */
  catalogCopy: { params: Record<string, never>; result: { savedAt?: string; entries?: unknown[] } };
  /**
   * Has the frame bring its copy up to date for a visitor nobody is signed in as (revalidating it with its ETag); for
   * a person signed in, their catalog keeps it as it is loaded.
   */
  refreshCatalogCopy: { params: Record<string, never>; result: Record<string, never> };
  /**
   * Keeps a request an app of the tab's agency reported, for the person signed in; `appId` is the one the shell
   * mounted the app with. Fails with the registry's reason, or when the tab runs another agency's code.
   */
  reportRequest: {
    params: { agency: string; appId: string; request: RequestReport };
    result: Record<string, never>;
  };
  /** The person's requests across apps, as the registry answered the frame (status 401 when nobody is signed in). */
  requests: { params: Record<string, never>; result: { status: number; body?: unknown } };
  /**
   * Sends a batch of the shell's (`{ records }` to `/api/telemetry`, `{ samples }` to `/api/rum`) to the registry
   * with the signed-in person's token, which the page never holds: anonymous batches count for public apps only.
   * From a tab an agency's code ran in, only the items of that agency's apps and of public ones are sent (that code
   * could send the batch itself); the others are dropped without a word. Fails when the batch is not one of these or
   * too large, or with the registry's status when it refused it.
   */
  telemetry: { params: { path: TelemetryPath; body: unknown }; result: Record<string, never> };
}

export type AuthOperation = keyof AuthRequests;

export interface AuthRequestMessage<K extends AuthOperation = AuthOperation> {
  id: number;
  op: K;
  params: AuthRequests[K]['params'];
}

/** The first message, from the page to the frame, carrying the port every later message uses. */
export const connectMessage = 'bas-auth-connect';
/** The frame's first message to the page: it is listening. */
export const readyMessage = 'bas-auth-ready';
