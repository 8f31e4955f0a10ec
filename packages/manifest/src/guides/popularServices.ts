/**
 * The services most citizens come for, most used first: what the home's first screen offers. Curated from the
 * agencies' counter figures until the portal counts opens itself; ids the catalog lacks are skipped.
 */
export const popularServices = [
  'dokumen-kependudukan',
  'pbb-online',
  'aduan-warga',
  'daftar-puskesmas',
  'antrean-disdukcapil',
  'spmb',
  'bursa-kerja',
  'biskita',
] as const;
