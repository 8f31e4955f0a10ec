import type { ManifestEntry } from './manifestEntrySchema.ts';

/** A valid production entry to derive test cases from. */
export function validEntry(overrides: Partial<Record<string, unknown>> = {}): ManifestEntry {
  return {
    id: 'antrean-ktp',
    name: { id: 'Antrean KTP', en: 'ID Card Queue' },
    description: { id: 'Ambil nomor antrean KTP.', en: 'Book an ID card queue number.' },
    agency: 'disdukcapil',
    category: 'kependudukan',
    role: 'public',
    requiresLogin: true,
    route: 'antrean-ktp',
    version: '1.2.0',
    status: 'active',
    keywords: ['ktp', 'antrean'],
    icon: 'ticket',
    owner: { name: 'Disdukcapil', email: 'disdukcapil@kotabogor.go.id' },
    spbe: { serviceType: 'public', indicator: 45, applicationType: 'khusus' },
    kind: 'federated',
    manifestUrl: 'https://apps.kotabogor.go.id/antrean-ktp/mf-manifest.json',
    exposedModule: './App',
    sdkVersion: '2.0.0',
    integrity: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
    ...overrides,
  } as ManifestEntry;
}

export function internalEntry(overrides: Partial<Record<string, unknown>> = {}): ManifestEntry {
  const { requiresLogin: _ignored, ...entry } = validEntry({
    id: 'simpeg',
    route: 'simpeg',
    agency: 'bkpsdm',
    role: 'internal',
    ...overrides,
  }) as ManifestEntry & { requiresLogin?: boolean };
  return entry as ManifestEntry;
}
