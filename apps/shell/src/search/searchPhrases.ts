/**
 * How people say what they want, and the services they mean, most intended first: "bayar pajak rumah" means the
 * property tax (PBB), which its catalog entry never calls "rumah". A maintained table, grown from what people
 * searched without finding (zero-result queries) and the agencies' call-centre questions.
 */
export const searchPhrases: ReadonlyArray<{ phrases: readonly string[]; apps: readonly string[] }> = [
  {
    phrases: [
      'pajak rumah',
      'pajak bumi',
      'pajak tanah',
      'pajak bumi dan bangunan',
      'property tax',
      'house tax',
    ],
    apps: ['pbb-online', 'keringanan-pbb', 'mutasi-pbb'],
  },
  {
    phrases: ['lampu', 'lampu jalan', 'lampu mati', 'pju', 'street light'],
    apps: ['aduan-warga', 'lapor-pju'],
  },
  {
    phrases: ['jalan rusak', 'jalan berlubang', 'lubang jalan', 'pothole'],
    apps: ['aduan-warga', 'lapor-jalan'],
  },
  { phrases: ['kk', 'kartu keluarga', 'family card'], apps: ['dokumen-kependudukan'] },
  {
    phrases: ['ktp', 'e-ktp', 'ktp hilang', 'id card'],
    apps: ['dokumen-kependudukan', 'antrean-disdukcapil'],
  },
  { phrases: ['kia', 'kartu anak', 'kartu identitas anak'], apps: ['dokumen-kependudukan'] },
  {
    phrases: ['akta lahir', 'akte lahir', 'akte kelahiran', 'anak lahir', 'birth certificate'],
    apps: ['akta-kelahiran'],
  },
  { phrases: ['berobat', 'periksa dokter', 'antre puskesmas', 'see a doctor'], apps: ['daftar-puskesmas'] },
  { phrases: ['daftar sekolah', 'ppdb', 'sekolah negeri', 'school admission'], apps: ['spmb'] },
  {
    phrases: ['cari kerja', 'lowongan', 'loker', 'kartu kuning', 'ak1'],
    apps: ['bursa-kerja', 'kartu-kuning'],
  },
  { phrases: ['sampah numpuk', 'sampah menumpuk', 'rubbish'], apps: ['lapor-sampah', 'aduan-warga'] },
  { phrases: ['banjir', 'flood'], apps: ['lapor-bencana', 'ews-ciliwung'] },
];
