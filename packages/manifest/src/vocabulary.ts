/** Service categories, the portal's first grouping of its applications. */
export const categories = [
  'kependudukan',
  'kesehatan',
  'pendidikan',
  'pajak-retribusi',
  'perizinan',
  'pengaduan',
  'sosial',
  'ketenagakerjaan',
  'transportasi',
  'lingkungan',
  'kebencanaan',
  'pariwisata-budaya',
  'ekonomi-umkm',
  'informasi-publik',
  'kepegawaian',
  'perencanaan-keuangan',
  'persuratan',
  'pengawasan',
  'aset-pengadaan',
  'layanan-ti',
] as const;

/** Life events: how citizens look for services when they do not know which agency runs them. */
export const lifeEvents = [
  'kelahiran',
  'kematian',
  'pindah-domisili',
  'pernikahan',
  'sekolah',
  'mencari-kerja',
  'memulai-usaha',
  'membangun-rumah',
  'sakit',
  'bencana',
  'lansia',
] as const;

/** Realm roles (docs/architecture.md, "Where tokens live"). */
export const realmRoles = ['warga', 'asn', 'developer', 'admin'] as const;

export type Category = (typeof categories)[number];
export type LifeEvent = (typeof lifeEvents)[number];
export type RealmRole = (typeof realmRoles)[number];
