/**
 * The nine elements (unsur) of the public satisfaction survey, in the order and with the names of Peraturan Menteri
 * PANRB Nomor 14 Tahun 2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik). A
 * survey answer's `scores` follow this order: `scores[0]` is U1, `scores[8]` is U9.
 */
export const surveyElements = [
  { code: 'U1', name: 'Persyaratan' },
  { code: 'U2', name: 'Sistem, Mekanisme, dan Prosedur' },
  { code: 'U3', name: 'Waktu Penyelesaian' },
  { code: 'U4', name: 'Biaya/Tarif' },
  { code: 'U5', name: 'Produk Spesifikasi Jenis Pelayanan' },
  { code: 'U6', name: 'Kompetensi Pelaksana' },
  { code: 'U7', name: 'Perilaku Pelaksana' },
  { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan' },
  { code: 'U9', name: 'Sarana dan Prasarana' },
] as const;

export type SurveyElement = (typeof surveyElements)[number];
