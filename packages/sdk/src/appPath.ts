/**
 * The address of an app in the shell, `/layanan/<route>`, or of a page inside it when `path` is given. Every
 * `/layanan/…` address the shell, the SDK and the tools build comes from here.
 *
 * @example
 * appPath('pengumuman'); // '/layanan/pengumuman'
 * appPath('pengumuman', '2'); // '/layanan/pengumuman/2'
 */
export function appPath(route: string, path?: string): string {
  const page = path === undefined || path === '' ? '' : `/${path.replace(/^\/+/, '')}`;
  return `/layanan/${encodeURIComponent(route)}${page}`;
}
