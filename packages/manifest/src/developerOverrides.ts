/**
 * A developer's override: their local build of one app, opened inside the real portal in their own browser, before
 * anything is published (like single-spa's import-map-overrides). It lives in a session cookie of the portal's
 * origin, so the portal's server can let that build's origin into the page's policy and the shell can load it; the
 * shell applies it only for a signed-in developer, and marks the app on screen while it does.
 */

/** The query parameter that sets one (`?bas-remote-override=layanan-saya@http://127.0.0.1:4300/`) or clears all (`off`). */
export const overrideParameter = 'bas-remote-override';
/**
 * The cookie's name: on https `__Host-` bound, so that no sibling host of the city's domain can set it for the
 * portal (such a cookie must be Secure, of this host only, for every path).
 */
export function overrideCookieName(https: boolean): string {
  return https ? '__Host-bas-remote-override' : 'bas-remote-override';
}

/** App id → the folder the local build is served from (ends with `/`; `mf-manifest.json` is in it). */
export type DeveloperOverrides = Readonly<Record<string, string>>;

// As the catalog's ids (manifestEntrySchema's slug).
const appId = /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/;
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * One override as typed after `?bas-remote-override=`, checked: an app id, `@`, and an http address on this
 * machine (loopback only: an override never loads code from the network). Undefined when it is not one.
 */
export function parseOverride(text: string): [id: string, base: string] | undefined {
  const at = text.indexOf('@');
  const id = text.slice(0, at);
  if (at < 0 || !appId.test(id) || !URL.canParse(text.slice(at + 1))) return undefined;
  const url = new URL(text.slice(at + 1));
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname) || url.username !== '') return undefined;
  const folder = url.pathname.endsWith('.json') ? new URL('./', url) : url;
  const path = folder.pathname.endsWith('/') ? folder.pathname : `${folder.pathname}/`;
  return [id, `${url.origin}${path}`];
}

/**
 * The overrides a cookie value holds; whatever is not a valid override is dropped, and a value that is not even
 * encoded right (any page script can write this cookie) holds none.
 */
export function readOverrides(cookieValue: string | undefined): DeveloperOverrides {
  if (cookieValue === undefined || cookieValue === '') return {};
  let text: string;
  try {
    text = decodeURIComponent(cookieValue);
  } catch {
    return {};
  }
  const pairs = text
    .split(' ')
    .map(parseOverride)
    .filter((pair) => pair !== undefined);
  return Object.fromEntries(pairs);
}

/** The cookie value that holds `overrides`. */
export function writeOverrides(overrides: DeveloperOverrides): string {
  return encodeURIComponent(
    Object.entries(overrides)
      .map(([id, base]) => `${id}@${base}`)
      .join(' '),
  );
}

/** The value of the override cookie in a `Cookie` header (or `document.cookie`). */
export function overrideCookieOf(cookieHeader: string | undefined, https: boolean): string | undefined {
  const name = overrideCookieName(https);
  return cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** The origins the overrides load from, for the page's policy and the shell's allowed remote origins. */
export function overrideOrigins(overrides: DeveloperOverrides): string[] {
  return [...new Set(Object.values(overrides).map((base) => new URL(base).origin))];
}
