export type AgencyKind =
  'secretariat' | 'inspectorate' | 'badan' | 'dinas' | 'satuan' | 'hospital' | 'kecamatan';

export interface Agency {
  /** The short code used in manifest entries and in the `agency` attribute of tokens. */
  code: string;
  short: string;
  name: string;
  kind: AgencyKind;
}

/** Kota Bogor's perangkat daerah: the city's agencies, by the short codes users and roles carry. */
export const agencies = [
  { code: 'setda', short: 'Setda', name: 'Sekretariat Daerah', kind: 'secretariat' },
  { code: 'setwan', short: 'Setwan', name: 'Sekretariat DPRD', kind: 'secretariat' },
  { code: 'inspektorat', short: 'Inspektorat', name: 'Inspektorat Daerah', kind: 'inspectorate' },
  {
    code: 'bapperida',
    short: 'Bapperida',
    name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    kind: 'badan',
  },
  { code: 'bapenda', short: 'Bapenda', name: 'Badan Pendapatan Daerah', kind: 'badan' },
  { code: 'bkad', short: 'BKAD', name: 'Badan Keuangan dan Aset Daerah', kind: 'badan' },
  {
    code: 'bkpsdm',
    short: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    kind: 'badan',
  },
  { code: 'kesbangpol', short: 'Kesbangpol', name: 'Badan Kesatuan Bangsa dan Politik', kind: 'badan' },
  { code: 'bpbd', short: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', kind: 'badan' },
  { code: 'disdik', short: 'Disdik', name: 'Dinas Pendidikan', kind: 'dinas' },
  { code: 'dinkes', short: 'Dinkes', name: 'Dinas Kesehatan', kind: 'dinas' },
  { code: 'dpupr', short: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'dinas' },
  { code: 'disperumkim', short: 'Disperumkim', name: 'Dinas Perumahan dan Permukiman', kind: 'dinas' },
  { code: 'dishub', short: 'Dishub', name: 'Dinas Perhubungan', kind: 'dinas' },
  { code: 'dlh', short: 'DLH', name: 'Dinas Lingkungan Hidup', kind: 'dinas' },
  {
    code: 'disdukcapil',
    short: 'Disdukcapil',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    kind: 'dinas',
  },
  { code: 'dinsos', short: 'Dinsos', name: 'Dinas Sosial', kind: 'dinas' },
  { code: 'disnaker', short: 'Disnaker', name: 'Dinas Tenaga Kerja', kind: 'dinas' },
  {
    code: 'dp3a',
    short: 'DP3A',
    name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
    kind: 'dinas',
  },
  {
    code: 'disdalduk-kb',
    short: 'Disdalduk KB',
    name: 'Dinas Pengendalian Penduduk dan Keluarga Berencana',
    kind: 'dinas',
  },
  { code: 'dkpp', short: 'DKPP', name: 'Dinas Ketahanan Pangan dan Pertanian', kind: 'dinas' },
  { code: 'diskop-umkm', short: 'Diskop UMKM', name: 'Dinas Koperasi dan UMKM', kind: 'dinas' },
  { code: 'disperindag', short: 'Disperindag', name: 'Dinas Perdagangan dan Perindustrian', kind: 'dinas' },
  { code: 'diskominfo', short: 'Diskominfo', name: 'Dinas Komunikasi dan Informatika', kind: 'dinas' },
  {
    code: 'dpmptsp',
    short: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    kind: 'dinas',
  },
  { code: 'disparbud', short: 'Disparbud', name: 'Dinas Pariwisata dan Kebudayaan', kind: 'dinas' },
  { code: 'dispora', short: 'Dispora', name: 'Dinas Pemuda dan Olahraga', kind: 'dinas' },
  { code: 'diarpus', short: 'Diarpus', name: 'Dinas Arsip dan Perpustakaan', kind: 'dinas' },
  { code: 'damkar', short: 'Damkar', name: 'Dinas Pemadam Kebakaran dan Penyelamatan', kind: 'dinas' },
  { code: 'satpol-pp', short: 'Satpol PP', name: 'Satuan Polisi Pamong Praja', kind: 'satuan' },
  { code: 'rsud', short: 'RSUD', name: 'RSUD Kota Bogor', kind: 'hospital' },
  { code: 'kec-bogor-tengah', short: 'Kec. Bogor Tengah', name: 'Kecamatan Bogor Tengah', kind: 'kecamatan' },
  { code: 'kec-bogor-barat', short: 'Kec. Bogor Barat', name: 'Kecamatan Bogor Barat', kind: 'kecamatan' },
  {
    code: 'kec-bogor-selatan',
    short: 'Kec. Bogor Selatan',
    name: 'Kecamatan Bogor Selatan',
    kind: 'kecamatan',
  },
  { code: 'kec-bogor-timur', short: 'Kec. Bogor Timur', name: 'Kecamatan Bogor Timur', kind: 'kecamatan' },
  { code: 'kec-bogor-utara', short: 'Kec. Bogor Utara', name: 'Kecamatan Bogor Utara', kind: 'kecamatan' },
  { code: 'kec-tanah-sareal', short: 'Kec. Tanah Sareal', name: 'Kecamatan Tanah Sareal', kind: 'kecamatan' },
] as const satisfies readonly Agency[];

export type AgencyCode = (typeof agencies)[number]['code'];

export const agencyCodes: readonly AgencyCode[] = agencies.map((agency) => agency.code);

/** The agency with this code, or undefined. */
export function findAgency(code: string): Agency | undefined {
  return agencies.find((agency) => agency.code === code);
}
