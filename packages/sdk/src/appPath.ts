/**
 * The address of an app in the shell, `/layanan/<route>`, or of a page inside it when `path` is given. Every
 * `/layanan/…` address the shell, the SDK and the tools build comes from here.
 *
 * @example
 * appPath('pengumuman'); // '/layanan/pengumuman'
 * appPath('pengumuman', '2'); // '/layanan/pengumuman/2'
 * appPath('aduan-warga', '?kategori=penerangan'); // '/layanan/aduan-warga?kategori=penerangan'
 */
export function appPath(route: string, path?: string): string {
  let page = '';
  // A query or fragment alone belongs to the app's own start page, with no slash before it.
  if (path !== undefined && path !== '') page = /^[?#]/.test(path) ? path : `/${path.replace(/^\/+/, '')}`;
  return `/layanan/${encodeURIComponent(route)}${page}`;
}
