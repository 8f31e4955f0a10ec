import type { Evidence, EvidenceService } from '@bas/manifest/evidence';

/** The SPBE service indicators (PermenPAN-RB 59/2020), as the registry titles them. */
const titles: Record<number, string> = {
  32: 'Layanan Perencanaan',
  33: 'Layanan Penganggaran',
  34: 'Layanan Keuangan',
  35: 'Layanan Pengadaan Barang dan Jasa',
  36: 'Layanan Kepegawaian',
  37: 'Layanan Kearsipan Dinamis',
  38: 'Layanan Pengelolaan Barang Milik Negara/Daerah',
  39: 'Layanan Pengawasan Internal Pemerintah',
  40: 'Layanan Akuntabilitas Kinerja Organisasi',
  41: 'Layanan Kinerja Pegawai',
  42: 'Layanan Pengaduan Pelayanan Publik',
  43: 'Layanan Data Terbuka',
  44: 'Layanan Jaringan Dokumentasi dan Informasi Hukum',
  45: 'Layanan Publik Sektor 1',
  46: 'Layanan Publik Sektor 2',
  47: 'Layanan Publik Sektor 3',
};

/** A name an agency could type into its catalog entry: it must print as these characters, never run. */
export const hostileName = '<img src=x onerror=alert(1)>';

const cutiOnline: EvidenceService = {
  id: 'cuti-online',
  name: { id: 'Cuti Online', en: 'Online Leave' },
  agency: { code: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
  owner: {
    name: 'Bidang Kepegawaian BKPSDM',
    email: 'kepegawaian@kotabogor.go.id',
    phone: '+62 251 8321075',
  },
  indicator: 36,
  applicationType: 'khusus',
  serviceType: 'administrative',
  kind: 'federated',
  role: 'internal',
  url: { portal: '/layanan/cuti-online', standalone: 'https://cuti.kotabogor.go.id/' },
  description: {
    id: 'Pengajuan dan persetujuan cuti ASN Pemerintah Kota Bogor.',
    en: 'Leave requests and approvals for the city government’s civil servants.',
  },
  apiOrigins: ['https://api-cuti.kotabogor.go.id'],
  uptime: { probes: 8760, ok: 8716, ratio: 8716 / 8760 },
  loadSuccess: { attempts: 5230, failed: 41, ratio: (5230 - 41) / 5230 },
  opensByMonth: [
    { month: '2026-01', opens: 1200 },
    { month: '2026-02', opens: 1830 },
    { month: '2026-03', opens: 2200 },
  ],
  satisfaction: { answers: 312, ikm: 86.4, grade: 'B' },
  complaints: null,
  statement:
    'Layanan Kepegawaian dibuktikan berupa aplikasi Cuti Online yang dikelola Badan Kepegawaian dan Pengembangan Sumber Daya Manusia pada data dukung: halaman /layanan/cuti-online di portal BAS.',
  gaps: [],
};

const aduanWarga: EvidenceService = {
  id: 'aduan-warga',
  name: { id: 'Aduan Warga', en: "Citizens' Complaints" },
  agency: { code: 'diskominfo', name: 'Dinas Komunikasi dan Informatika' },
  owner: { name: 'Tim SP4N-LAPOR Diskominfo', email: 'aduan@kotabogor.go.id', phone: '+62 251 8356170' },
  indicator: 42,
  applicationType: 'khusus',
  serviceType: 'public',
  kind: 'federated',
  role: 'public',
  url: { portal: '/layanan/aduan-warga', standalone: null },
  description: {
    id: 'Warga melaporkan jalan rusak, lampu mati dan sampah, lalu mengikuti tindak lanjutnya.',
    en: 'Citizens report broken roads, street lights and rubbish, and follow what is done.',
  },
  apiOrigins: ['https://api-aduan.kotabogor.go.id', 'https://lapor.go.id'],
  uptime: { probes: 8760, ok: 8755, ratio: 8755 / 8760 },
  loadSuccess: { attempts: 40211, failed: 122, ratio: (40211 - 122) / 40211 },
  opensByMonth: [
    { month: '2026-01', opens: 10234 },
    { month: '2026-02', opens: 12877 },
  ],
  satisfaction: { answers: 1408, ikm: 82.75, grade: 'B' },
  complaints: null,
  statement:
    'Layanan Pengaduan Pelayanan Publik dibuktikan berupa aplikasi Aduan Warga yang dikelola Dinas Komunikasi dan Informatika.',
  gaps: [],
};

const dokumen: EvidenceService = {
  id: 'dokumen-kependudukan',
  name: { id: 'Dokumen Kependudukan', en: 'Civil Registry Documents' },
  agency: { code: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil' },
  owner: { name: 'Disdukcapil, "Seksi Inovasi"', email: 'dukcapil@kotabogor.go.id', phone: null },
  indicator: 45,
  applicationType: 'khusus',
  serviceType: 'public',
  kind: 'federated',
  role: 'public',
  url: { portal: '/layanan/dokumen-kependudukan', standalone: null },
  // What a spreadsheet would run, with a comma, a quote and a line break RFC 4180 must quote.
  description: {
    id: '=HYPERLINK("http://contoh.test","KK, KTP")\nPermohonan "akta" dan KK.',
    en: 'Documents.',
  },
  apiOrigins: [],
  uptime: { probes: 4380, ok: 4300, ratio: 4300 / 4380 },
  loadSuccess: { attempts: 977, failed: 3, ratio: (977 - 3) / 977 },
  opensByMonth: [{ month: '2026-02', opens: 977 }],
  satisfaction: { answers: 0, ikm: null, grade: null },
  complaints: null,
  statement: 'Layanan Publik Sektor 1 dibuktikan berupa aplikasi Dokumen Kependudukan.',
  gaps: ['owner-phone', 'no-survey'],
};

const hostile: EvidenceService = {
  id: 'info-jdih',
  name: { id: hostileName, en: hostileName },
  agency: { code: 'setda', name: 'Sekretariat Daerah' },
  owner: { name: '<script>alert("owner")</script>', email: 'jdih@kotabogor.go.id', phone: '-1+1' },
  indicator: 44,
  applicationType: 'umum',
  serviceType: 'public',
  kind: 'link',
  role: 'public',
  url: { portal: '/layanan/info-jdih', standalone: 'javascript:alert(1)' },
  description: { id: '@SUM(A1:A9) peraturan daerah', en: '@SUM(A1:A9) regional regulations' },
  apiOrigins: [],
  uptime: { probes: 0, ok: 0, ratio: null },
  loadSuccess: { attempts: 0, failed: 0, ratio: null },
  opensByMonth: [],
  satisfaction: { answers: 0, ikm: null, grade: null },
  complaints: null,
  statement: '+ dokumen hukum daerah',
  gaps: ['uptime-unknown', 'no-usage', 'no-survey'],
};

const services = [cutiOnline, aduanWarga, dokumen, hostile];
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** One period's evidence: every indicator 32–47, four services in four of them, two with gaps, one hostile. */
export const evidenceFixture: Evidence = {
  period: '2026',
  generatedAt: '2026-12-02T05:30:00.000Z',
  sources: {
    catalog: 'The BAS registry’s catalog: every app whose served version is active.',
    uptime: 'The registry’s monitor, which probes every active app about once a minute.',
    loadSuccess: 'Real-user monitoring: each time a person opened the app in the portal.',
    opens: 'The same openings as loadSuccess, per UTC month.',
    satisfaction: 'Answers to the app’s satisfaction survey (Survei Kepuasan Masyarakat).',
    complaints: 'Not measured yet: the registry stores no complaints; null until it does.',
    gaps: 'owner-phone, uptime-unknown, no-usage, no-survey.',
  },
  indicators: Object.entries(titles).map(([number, title]) => {
    const indicator = Number(number);
    const own = services.filter((service) => service.indicator === indicator);
    const probes = sum(own.map((service) => service.uptime.probes));
    return {
      indicator,
      title,
      aspect: indicator <= 41 ? 'administrative' : 'public',
      services: own.length,
      uptime: probes === 0 ? null : sum(own.map((service) => service.uptime.ok)) / probes,
      opens: sum(own.flatMap((service) => service.opensByMonth.map((month) => month.opens))),
      ikm: own[0]?.satisfaction.ikm ?? null,
      completeness:
        own.length === 0 ? 0 : sum(own.map((service) => (4 - service.gaps.length) / 4)) / own.length,
    };
  }),
  services,
};
