/** The aspect of the SPBE service domain an indicator belongs to. */
export type SpbeAspect = 'administrative' | 'public';

export interface SpbeIndicator {
  indicator: number;
  /** The indicator's name as the evaluation calls it, without "Tingkat Kematangan" before it. */
  title: string;
  /**
   * `administrative`: Layanan Administrasi Pemerintahan Berbasis Elektronik (32 to 41); `public`: Layanan Publik
   * Berbasis Elektronik (42 to 47). The same split as a manifest entry's `spbe.serviceType`.
   */
  aspect: SpbeAspect;
}

/**
 * The sixteen indicators of the SPBE service domain (Domain Layanan SPBE) in the evaluation of Peraturan Menteri PANRB
 * Nomor 59 Tahun 2020 (Pemantauan dan Evaluasi SPBE), each measured as the maturity of the service it names
 * ("Tingkat Kematangan Layanan …"). Written from the regulation's indicator list as we know it, not copied from its
 * text: check the names against the regulation before quoting them in a submission. 45 to 47 are the public services
 * of sectors the evaluated government chooses, so their names carry no sector.
 */
export const spbeIndicators: readonly SpbeIndicator[] = [
  { indicator: 32, title: 'Layanan Perencanaan', aspect: 'administrative' },
  { indicator: 33, title: 'Layanan Penganggaran', aspect: 'administrative' },
  { indicator: 34, title: 'Layanan Keuangan', aspect: 'administrative' },
  { indicator: 35, title: 'Layanan Pengadaan Barang dan Jasa', aspect: 'administrative' },
  { indicator: 36, title: 'Layanan Kepegawaian', aspect: 'administrative' },
  { indicator: 37, title: 'Layanan Kearsipan Dinamis', aspect: 'administrative' },
  { indicator: 38, title: 'Layanan Pengelolaan Barang Milik Negara/Daerah', aspect: 'administrative' },
  { indicator: 39, title: 'Layanan Pengawasan Internal Pemerintah', aspect: 'administrative' },
  { indicator: 40, title: 'Layanan Akuntabilitas Kinerja Organisasi', aspect: 'administrative' },
  { indicator: 41, title: 'Layanan Kinerja Pegawai', aspect: 'administrative' },
  { indicator: 42, title: 'Layanan Pengaduan Pelayanan Publik', aspect: 'public' },
  { indicator: 43, title: 'Layanan Data Terbuka', aspect: 'public' },
  { indicator: 44, title: 'Layanan Jaringan Dokumentasi dan Informasi Hukum', aspect: 'public' },
  { indicator: 45, title: 'Layanan Publik Sektor 1', aspect: 'public' },
  { indicator: 46, title: 'Layanan Publik Sektor 2', aspect: 'public' },
  { indicator: 47, title: 'Layanan Publik Sektor 3', aspect: 'public' },
];
