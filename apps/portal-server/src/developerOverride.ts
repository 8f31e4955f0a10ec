import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  overrideCookieName,
  overrideCookieOf,
  overrideParameter,
  parseOverride,
  readOverrides,
  writeOverrides,
  type DeveloperOverrides,
} from '@bas/manifest/overrides';

/** The overrides this browser has set (decisions/0019): the origins its pages may load a local build from. */
export function overridesOf(request: IncomingMessage, https: boolean): DeveloperOverrides {
  return readOverrides(overrideCookieOf(request.headers.cookie, https));
}

/**
 * Handles `?bas-remote-override=` on a page address: sets the override in this browser's session cookie (or clears
 * them all with `off`) and sends the browser back to the address without the parameter, whose page then lets the
 * build's origin in. True when it answered the request.
 */
export function answerOverrideRequest(
  request: IncomingMessage,
  response: ServerResponse,
  https: boolean,
): boolean {
  const url = new URL(request.url ?? '/', 'http://portal');
  const asked = url.searchParams.getAll(overrideParameter);
  if (asked.length === 0) return false;
  let overrides: DeveloperOverrides = overridesOf(request, https);
  for (const text of asked) {
    if (text === 'off') {
      overrides = {};
      continue;
    }
    const parsed = parseOverride(text);
    if (parsed === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(
        `${overrideParameter}=${text} is not an override: give <app-id>@<address of your local build on this machine>, like ${overrideParameter}=layanan-saya@http://127.0.0.1:4300/ (what \`bas-remote preview\` prints), or ${overrideParameter}=off.\n`,
      );
      return true;
    }
    overrides = { ...overrides, [parsed[0]]: parsed[1] };
  }
  url.searchParams.delete(overrideParameter);
  const value = writeOverrides(overrides);
  const cookie = `${overrideCookieName(https)}=${value}; Path=/; SameSite=Strict${https ? '; Secure' : ''}`;
  response.writeHead(303, {
    // One leading slash: `//host` would send the browser to another site.
    location: `${url.pathname.replace(/^\/+/, '/')}${url.search}`,
    'set-cookie': `${cookie}${value === '' ? '; Max-Age=0' : ''}`,
    'cache-control': 'no-store',
  });
  response.end();
  return true;
}
