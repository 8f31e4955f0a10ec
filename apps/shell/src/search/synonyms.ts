/**
 * Words people type for what the catalog names differently: a citizen looks for "KTP", the catalog says
 * "dokumen kependudukan". Each word also finds the entries its synonyms find; a synonym of several words
 * ("kartu keluarga") needs all of them, so "KK" does not find every "kartu".
 */
export const synonyms: Record<string, readonly string[]> = {
  ktp: ['kependudukan', 'identitas', 'dukcapil', 'ikd'],
  'e-ktp': ['ktp', 'kependudukan'],
  kk: ['kartu keluarga'],
  kia: ['kartu identitas anak'],
  akta: ['kelahiran', 'kematian', 'kependudukan'],
  akte: ['akta'],
  pajak: ['pbb', 'bphtb', 'retribusi', 'reklame', 'pajak-retribusi', 'tax'],
  tax: ['pajak', 'pbb'],
  bayar: ['pembayaran', 'tagihan', 'pajak', 'retribusi'],
  izin: ['perizinan', 'persetujuan', 'rekomendasi', 'oss'],
  lapor: ['pengaduan', 'aduan', 'laporkan', 'keluhan'],
  aduan: ['pengaduan', 'lapor', 'keluhan'],
  complaint: ['pengaduan', 'aduan', 'lapor'],
  lampu: ['penerangan', 'pju'],
  sekolah: ['pendidikan', 'spmb', 'murid', 'siswa'],
  school: ['sekolah', 'pendidikan', 'spmb'],
  dokter: ['puskesmas', 'rsud', 'kesehatan', 'rumah sakit'],
  sakit: ['puskesmas', 'rsud', 'kesehatan', 'dokter'],
  kerja: ['lowongan', 'loker', 'ketenagakerjaan', 'pekerjaan'],
  job: ['lowongan', 'kerja', 'ketenagakerjaan'],
  bus: ['biskita', 'angkot', 'transportasi'],
  banjir: ['bencana', 'ews', 'katulampa'],
  sampah: ['lingkungan', 'kebersihan'],
  bansos: ['bantuan', 'sosial', 'dtks'],
  umkm: ['usaha', 'koperasi', 'ekonomi-umkm'],
  nikah: ['pernikahan', 'catin', 'pengantin'],
};
