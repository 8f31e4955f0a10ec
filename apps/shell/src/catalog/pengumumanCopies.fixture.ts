import type { ManifestEntry } from '@bas/manifest';
import { pengumumanEntry } from './pengumumanEntry.fixture.ts';

/** `count` apps for tests of long lists, each its own copy of Pengumuman (Diskominfo's, public information). */
export function pengumumanCopies(count: number): ManifestEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    ...pengumumanEntry,
    id: `layanan-${String(index)}`,
    route: `layanan-${String(index)}`,
    name: { id: `Layanan ${String(index)}`, en: `Service ${String(index)}` },
  }));
}
