import type { Evidence, EvidenceService } from '../api/registryApi.ts';

const titles: [number, string][] = [
  [32, 'Layanan Perencanaan'],
  [33, 'Layanan Penganggaran'],
  [34, 'Layanan Keuangan'],
  [35, 'Layanan Pengadaan Barang dan Jasa'],
  [36, 'Layanan Kepegawaian'],
  [37, 'Layanan Kearsipan Dinamis'],
  [38, 'Layanan Pengelolaan Barang Milik Negara/Daerah'],
  [39, 'Layanan Pengawasan Internal Pemerintah'],
  [40, 'Layanan Akuntabilitas Kinerja Organisasi'],
  [41, 'Layanan Kinerja Pegawai'],
  [42, 'Layanan Pengaduan Pelayanan Publik'],
  [43, 'Layanan Data Terbuka'],
  [44, 'Layanan Jaringan Dokumentasi dan Informasi Hukum'],
  [45, 'Layanan Publik Sektor 1'],
  [46, 'Layanan Publik Sektor 2'],
  [47, 'Layanan Publik Sektor 3'],
];

function service(
  id: string,
  name: [string, string],
  indicator: number,
  figures: Pick<EvidenceService, 'owner' | 'uptime' | 'loadSuccess' | 'satisfaction' | 'gaps'>,
  period: string,
): EvidenceService {
  return {
    id,
    name: { id: name[0], en: name[1] },
    agency: { code: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil' },
    indicator,
    applicationType: 'khusus',
    serviceType: indicator >= 42 ? 'public' : 'administrative',
    kind: 'federated',
    role: indicator >= 42 ? 'public' : 'internal',
    url: { portal: `/layanan/${id}`, standalone: null },
    description: { id: `Layanan ${name[0]}`, en: `The ${name[1]} service` },
    apiOrigins: [],
    opensByMonth: Array.from({ length: 12 }, (_, index) => ({
      month: `${period}-${String(index + 1).padStart(2, '0')}`,
      opens: index === 10 ? figures.loadSuccess.attempts : 0,
    })),
    complaints: null,
    statement: `${name[0]} dibuktikan pada data dukung periode ${period}.`,
    ...figures,
  };
}

/**
 * The registry's evidence of `period` for three services: one complete (indicator 36), two under indicator 45
 * lacking things (no owner's phone and no survey answer; no probe, no opening, no survey answer).
 */
export function evidenceFixture(period = '2026'): Evidence {
  const services = [
    service(
      'cuti-online',
      ['Cuti Online', 'Leave Online'],
      36,
      {
        owner: { name: 'Sari BKPSDM', email: 'sari@bkpsdm.test', phone: '0251-8321075' },
        uptime: { probes: 10_000, ok: 9990, ratio: 0.999 },
        loadSuccess: { attempts: 200, failed: 2, ratio: 0.99 },
        satisfaction: { answers: 40, ikm: 88.5, grade: 'A' },
        gaps: [],
      },
      period,
    ),
    service(
      'dokumen-kependudukan',
      ['Dokumen Kependudukan', 'Population Documents'],
      45,
      {
        owner: { name: 'Budi Disdukcapil', email: 'budi@disdukcapil.test', phone: null },
        uptime: { probes: 8000, ok: 7900, ratio: 0.9875 },
        loadSuccess: { attempts: 1234, failed: 34, ratio: 0.9724 },
        satisfaction: { answers: 0, ikm: null, grade: null },
        gaps: ['owner-phone', 'no-survey'],
      },
      period,
    ),
    service(
      'antrean-ktp',
      ['Antrean KTP', 'ID Card Queue'],
      45,
      {
        owner: { name: 'Rina Disdukcapil', email: 'rina@disdukcapil.test', phone: '0251-8312345' },
        uptime: { probes: 0, ok: 0, ratio: null },
        loadSuccess: { attempts: 0, failed: 0, ratio: null },
        satisfaction: { answers: 0, ikm: null, grade: null },
        gaps: ['uptime-unknown', 'no-usage', 'no-survey'],
      },
      period,
    ),
  ];
  return {
    period,
    generatedAt: '2026-12-02T03:00:00.000Z',
    sources: {
      catalog: 'The catalog.',
      uptime: 'The monitor.',
      loadSuccess: 'Real-user monitoring.',
      opens: 'Real-user monitoring, per month.',
      satisfaction: 'The survey.',
      complaints: 'Not measured yet.',
      gaps: 'owner-phone, uptime-unknown, no-usage, no-survey.',
    },
    indicators: titles.map(([indicator, title]) => {
      const common = { indicator, title, aspect: indicator >= 42 ? 'public' : 'administrative' } as const;
      if (indicator === 36) {
        return { ...common, services: 1, uptime: 0.999, opens: 200, ikm: 88.5, completeness: 1 };
      }
      if (indicator === 45) {
        return { ...common, services: 2, uptime: 0.9875, opens: 1234, ikm: null, completeness: 0.375 };
      }
      return { ...common, services: 0, uptime: null, opens: 0, ikm: null, completeness: 0 };
    }),
    services,
  };
}
