/**
 * The full path under the shell for a path an app navigates to: one starting with `/` already is; any other is
 * relative to the app's base path. The shell, standalone pages and test contexts all resolve paths this way.
 *
 * @example
 * resolveAppPath('/layanan/pengumuman', '2'); // '/layanan/pengumuman/2'
 * resolveAppPath('/layanan/pengumuman', '/cari'); // '/cari'
 */
export function resolveAppPath(basePath: string, to: string): string {
  return to.startsWith('/') ? to : `${basePath.replace(/\/$/, '')}/${to}`;
}
