import type { Locale } from '@bas/sdk';

/**
 * Where the portal keeps the language a person chose: a cookie of the portal's origin, so that it survives a
 * reload, a typed address and a sign-in, and so that the portal's server renders the home in it.
 */
const name = 'bas-lang';

/** The language in a `Cookie` header (or `document.cookie`), when one was chosen. */
export function localeFromCookie(cookieHeader: string | undefined): Locale | undefined {
  const value = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  return value === 'id' || value === 'en' ? value : undefined;
}

/** Keeps the choice for a year. */
export function rememberLocale(locale: Locale): void {
  const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}
