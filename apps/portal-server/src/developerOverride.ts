import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  overrideCookie,
  overrideCookieOf,
  overrideParameter,
  parseOverride,
  readOverrides,
  writeOverrides,
  type DeveloperOverrides,
} from '@bas/manifest/overrides';

/** The overrides this browser has set (decisions/0019): the origins its pages may load a local build from. */
export function overridesOf(request: IncomingMessage): DeveloperOverrides {
  return readOverrides(overrideCookieOf(request.headers.cookie));
}

/**
 * Handles `?bas-remote-override=` on a page address: sets the override in this browser's session cookie (or clears
 * them all with `off`) and sends the browser back to the address without the parameter, whose page then lets the
 * build's origin in. True when it answered the request.
 */
export function answerOverrideRequest(request: IncomingMessage, response: ServerResponse): boolean {
  const url = new URL(request.url ?? '/', 'http://portal');
  const asked = url.searchParams.getAll(overrideParameter);
  if (asked.length === 0) return false;
  let overrides: DeveloperOverrides = overridesOf(request);
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
  response.writeHead(303, {
    location: `${url.pathname}${url.search}`,
    'set-cookie': `${overrideCookie}=${value}; Path=/; SameSite=Strict${value === '' ? '; Max-Age=0' : ''}`,
    'cache-control': 'no-store',
  });
  response.end();
  return true;
}
