/** The route of the app whose page `pathname` is (`/layanan/<route>/…`), or undefined for any other page. */
export function appRouteOf(pathname: string): string | undefined {
  return /^\/layanan\/([^/?#]+)/.exec(pathname)?.[1];
}
