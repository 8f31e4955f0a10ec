import { describe, expect, it } from 'vitest';
import { anonymousUser, filterManifestForUser, type ManifestUser } from './filterManifestForUser.ts';
import { internalEntry, validEntry } from './testEntries.fixture.ts';

const entries = [
  validEntry({ id: 'layanan-publik', route: 'layanan-publik' }),
  validEntry({ id: 'dimatikan', route: 'dimatikan', status: 'disabled' }),
  validEntry({ id: 'perbaikan', route: 'perbaikan', status: 'maintenance' }),
  internalEntry({ id: 'simpeg', route: 'simpeg' }),
  internalEntry({ id: 'siak', route: 'siak', audience: { agencies: ['disdukcapil'] } }),
  internalEntry({ id: 'katalog', route: 'katalog', audience: { roles: ['developer', 'admin'] } }),
];

const user = (roles: string[], agency?: string): ManifestUser => ({
  kind: 'signed-in',
  username: 'test',
  roles,
  agency,
});

const visibleIds = (who: ManifestUser) => filterManifestForUser(entries, who).map((entry) => entry.id);

describe('filterManifestForUser', () => {
  it('shows anonymous callers public entries only, including ones under maintenance', () => {
    expect(visibleIds(anonymousUser)).toEqual(['layanan-publik', 'perbaikan']);
  });

  it('shows a citizen (warga) no internal entry', () => {
    expect(visibleIds(user(['warga']))).toEqual(['layanan-publik', 'perbaikan']);
  });

  it('shows a civil servant the internal entries of their agency and the unrestricted ones', () => {
    expect(visibleIds(user(['asn'], 'disdukcapil'))).toEqual([
      'layanan-publik',
      'perbaikan',
      'simpeg',
      'siak',
    ]);
    expect(visibleIds(user(['asn'], 'bkpsdm'))).toEqual(['layanan-publik', 'perbaikan', 'simpeg']);
  });

  it('opens role-restricted internal entries to civil servants who hold the role', () => {
    expect(visibleIds(user(['asn', 'developer'], 'diskominfo'))).toContain('katalog');
  });

  it('shows a developer who is not a civil servant public entries only', () => {
    expect(visibleIds(user(['developer'], 'disdukcapil'))).toEqual(['layanan-publik', 'perbaikan']);
  });

  it('shows a platform admin every entry except disabled ones', () => {
    expect(visibleIds(user(['admin'], 'diskominfo'))).toEqual([
      'layanan-publik',
      'perbaikan',
      'simpeg',
      'siak',
      'katalog',
    ]);
  });
});
