import type { AppSummary, AppDetail, Review } from '../api/registryApi.ts';

const name = (id: string, en = id) => ({ id, en });

/** A few apps as the registry lists them for an admin, one of each situation the console shows. */
export function catalogFixture(): AppSummary[] {
  return [
    {
      id: 'pengumuman',
      name: name('Pengumuman Kota', 'City Announcements'),
      agency: 'diskominfo',
      kind: 'federated',
      role: 'public',
      status: 'active',
      currentVersion: '1.2.0',
      pendingVersions: 1,
      latestPendingVersion: '1.3.0',
      lastChangedAt: '2026-11-29T02:00:00.000Z',
    },
    {
      id: 'dokumen-kependudukan',
      name: name('Dokumen Kependudukan', 'Population Documents'),
      agency: 'disdukcapil',
      kind: 'federated',
      role: 'public',
      status: 'active',
      currentVersion: '2.0.0',
      pendingVersions: 0,
      latestPendingVersion: null,
      lastChangedAt: '2026-10-01T02:00:00.000Z',
    },
    {
      id: 'cuti-online',
      name: name('Cuti Online', 'Leave Online'),
      agency: 'bkpsdm',
      kind: 'federated',
      role: 'internal',
      status: 'maintenance',
      currentVersion: '1.0.0',
      pendingVersions: 0,
      latestPendingVersion: null,
      lastChangedAt: '2026-11-20T02:00:00.000Z',
    },
    {
      id: 'izin-pemakaman',
      name: name('Izin Pemakaman TPU', 'Cemetery Permits'),
      agency: 'disperumkim',
      kind: 'iframe',
      role: 'public',
      status: 'disabled',
      currentVersion: '1.0.0',
      pendingVersions: 0,
      latestPendingVersion: null,
      lastChangedAt: '2026-11-25T02:00:00.000Z',
    },
    {
      id: 'antrean-ktp',
      name: name('Antrean KTP', 'ID Card Queue'),
      agency: 'disdukcapil',
      kind: 'federated',
      role: 'public',
      status: 'active',
      currentVersion: null,
      pendingVersions: 1,
      latestPendingVersion: '0.1.0',
      lastChangedAt: '2026-11-28T02:00:00.000Z',
    },
  ];
}

/** An app's versions as `GET /api/apps/:id` answers, from its list row. */
export function appDetailOf(app: AppSummary): AppDetail {
  const approved =
    app.currentVersion === null
      ? []
      : ['1.0.0', ...(app.currentVersion === '1.0.0' ? [] : [app.currentVersion])];
  return {
    id: app.id,
    agency: app.agency,
    route: app.id,
    status: app.status,
    currentVersion: app.currentVersion,
    versions: [
      ...approved.map((version) => ({
        version,
        state: 'approved' as const,
        submittedBy: `dev.${app.agency}`,
        submittedAt: version === '1.0.0' ? '2026-01-05T02:00:00.000Z' : '2026-06-01T02:00:00.000Z',
        approvedBy: 'admin.kedua',
        approvedAt: version === '1.0.0' ? '2026-01-06T02:00:00.000Z' : '2026-06-02T02:00:00.000Z',
        current: version === app.currentVersion,
      })),
      ...(app.latestPendingVersion === null
        ? []
        : [
            {
              version: app.latestPendingVersion,
              state: 'pending' as const,
              submittedBy: `dev.${app.agency}`,
              submittedAt: app.id === 'antrean-ktp' ? '2026-11-28T02:00:00.000Z' : '2026-11-29T02:00:00.000Z',
              approvedBy: null,
              approvedAt: null,
              current: false,
            },
          ]),
    ],
  };
}

/** What approving pengumuman 1.3.0 would change: it turns internal (sensitive), its description changes. */
export function reviewFixture(): Review {
  const current = {
    id: 'pengumuman',
    version: '1.2.0',
    name: name('Pengumuman Kota', 'City Announcements'),
    kind: 'federated' as const,
    role: 'public' as const,
  };
  return {
    pending: { ...current, version: '1.3.0', role: 'internal' },
    current,
    changes: [
      { field: 'version', before: '1.2.0', after: '1.3.0', sensitive: false },
      { field: 'role', before: 'public', after: 'internal', sensitive: true },
      {
        field: 'description.id',
        before: 'Pengumuman resmi',
        after: 'Pengumuman resmi Pemkot',
        sensitive: false,
      },
    ],
    bundle: {
      files: { before: 3, after: 3 },
      totalBytes: { before: 150_000, after: 152_048 },
      added: [{ path: 'assets/chart.js', bytes: 4096 }],
      removed: [{ path: 'assets/old.js', bytes: 2048 }],
      changed: [{ path: 'remoteEntry.js', bytesBefore: 1000, bytesAfter: 1000 }],
      unchanged: 1,
    },
    published: { by: 'dev.diskominfo', at: '2026-11-29T02:00:00.000Z' },
  };
}
