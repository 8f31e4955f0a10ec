import type { ManifestEntry } from '@bas/manifest';
import { appPath } from './appPath.ts';

/**
 * Where an app lives in the shell: `/layanan/<route>`. Its own routes start there, and every host (the shell, the
 * harness, a test context) mounts it there.
 *
 * @example
 * appBasePath(entry); // '/layanan/pengumuman'
 */
export function appBasePath(entry: Pick<ManifestEntry, 'route'>): string {
  return appPath(entry.route);
}
