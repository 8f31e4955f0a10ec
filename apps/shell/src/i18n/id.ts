import { groupDigits } from './groupDigits.ts';

/** A value put into a text: a name, a number, a date already formatted for the language. */
export type Value = string | number;

// Counts grouped as the language writes them: "19.069 layanan", not "19069 layanan" (the English texts: "19,069").
const grouped = (count: number) => groupDigits(count, '.');

/**
 * Every text of the shell, Bahasa Indonesia first: a string, or a function of the values it shows. A text missing
 * in English, or one taking other values, fails the type check. (Plain typed objects, like the sample remotes':
 * an i18n runtime cost 15 KB gzip of the first paint, decisions/0013. Other languages are fetched when chosen.)
 */
export const id = {
  /** A count as the language writes it. */
  number: grouped,
  skipToContent: 'Langsung ke konten',
  brand: 'Bogor Aplikasi Super',
  notice: { label: 'Pemberitahuan', dismiss: 'Tutup pemberitahuan' },
  nav: { label: 'Navigasi utama', home: 'Beranda', workspace: 'Ruang kerja ASN' },
  auth: {
    login: 'Masuk',
    logout: 'Keluar',
    checking: 'Memeriksa sesi…',
    signedInAs: ({ name }: { name: Value }) => `Masuk sebagai ${name}`,
    idpUnavailable: 'Layanan masuk (SSO) sedang tidak dapat dihubungi. Layanan publik tetap dapat digunakan.',
    refreshDelayed:
      'Layanan masuk (SSO) sedang tidak dapat dihubungi. Anda tetap masuk; portal terus mencoba.',
    sessionEnded: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
    retry: 'Coba masuk lagi',
    loginRequired: ({ name }: { name: Value }) => `${name} memerlukan akun. Silakan masuk untuk membukanya.`,
    redirecting: 'Mengarahkan ke halaman masuk…',
  },
  requests: {
    title: 'Permohonan saya',
    unfinished: 'belum selesai',
    intro:
      'Permohonan dan pengaduan Anda dari semua layanan di portal ini, yang terakhir diperbarui di atas.',
    empty:
      'Belum ada permohonan. Saat Anda mengajukan permohonan atau pengaduan di sebuah layanan portal ini, misalnya Dokumen Kependudukan atau Aduan Warga, permohonan itu muncul di sini beserta tahapannya.',
    signIn: 'Masuk untuk melihat permohonan dan pengaduan Anda.',
    loading: 'Memuat permohonan…',
    failed: 'Permohonan Anda tidak dapat dimuat sekarang.',
    retry: 'Coba lagi',
    retention:
      'Hanya Anda yang dapat melihat daftar ini. Setiap permohonan disimpan selama 2 tahun setelah pembaruan terakhirnya, lalu dihapus.',
    status: ({ status }: { status: Value }) => `Status: ${status}`,
    updated: ({ date }: { date: Value }) => `diperbarui ${date}`,
    timeline: ({ title }: { title: Value }) => `Tahapan ${title}`,
    states: { done: 'selesai', current: 'tahap sekarang', upcoming: 'belum' },
    continueIn: ({ app }: { app: Value }) => `Lanjutkan di ${app}`,
  },
  survey: {
    question: ({ name }: { name: Value }) => `Bagaimana pelayanan ${name}?`,
    invite: 'Isi survei kepuasan (1 menit)',
    take: 'Isi survei',
    later: 'Nanti saja',
  },
  lifeEvents: {
    kelahiran: 'Kelahiran anak',
    sekolah: 'Sekolah',
    'mencari-kerja': 'Mencari kerja',
    'memulai-usaha': 'Memulai usaha',
    pernikahan: 'Pernikahan',
    'pindah-domisili': 'Pindah tempat tinggal',
    'membangun-rumah': 'Membangun rumah',
    sakit: 'Sakit dan berobat',
    bencana: 'Bencana dan darurat',
    lansia: 'Lanjut usia',
    kematian: 'Kematian',
  },
  browse: {
    lifeEvents: 'Layanan menurut peristiwa hidup',
    agencies: 'Telusuri menurut perangkat daerah',
    showAll: ({ count }: { count: number }) => `Tampilkan semua ${grouped(count)} layanan`,
  },
  /** Agencies' names where they differ from the catalog's official (Indonesian) ones: none in Indonesian. */
  agencyNames: {} as Partial<Record<string, string>>,
  search: {
    label: 'Cari layanan',
    placeholder: 'Cari layanan, mis. KTP atau pajak',
    suggestions: 'Saran layanan',
    title: ({ query }: { query: Value }) => `Hasil pencarian "${query}"`,
    count: ({ count }: { count: number }) => `${grouped(count)} layanan ditemukan.`,
    shortcuts: 'Langsung ke',
    none: ({ query }: { query: Value }) => `Tidak ada layanan yang cocok dengan semua kata "${query}".`,
    related: 'Mungkin yang Anda cari',
    tips: 'Coba kata lain yang lebih umum, mis. "KTP", "pajak", "sampah", atau telusuri menurut kategori.',
    browseAll: 'Telusuri semua layanan',
  },
  forbidden: {
    title: 'Tidak tersedia untuk akun Anda',
    body: 'Halaman ini hanya untuk aparatur sipil negara (ASN) atau tidak ada. Jika menurut Anda ini keliru, hubungi admin perangkat daerah Anda.',
    citizenBody:
      'Halaman ini untuk aparatur sipil negara (ASN) Pemerintah Kota Bogor. Layanan untuk warga ada di beranda dan di pencarian.',
  },
  workspace: {
    title: 'Ruang kerja ASN',
    intro: ({ agency }: { agency: Value }) =>
      `Aplikasi internal yang dapat Anda buka, dimulai dari aplikasi ${agency}.`,
    own: ({ agency }: { agency: Value }) => `Aplikasi ${agency}`,
    other: 'Aplikasi internal lainnya',
    empty: 'Belum ada aplikasi internal untuk akun Anda.',
  },
  language: { label: 'Bahasa', id: 'Bahasa Indonesia', en: 'English' },
  categories: {
    kependudukan: 'Kependudukan',
    kesehatan: 'Kesehatan',
    pendidikan: 'Pendidikan',
    'pajak-retribusi': 'Pajak dan retribusi',
    perizinan: 'Perizinan',
    pengaduan: 'Pengaduan',
    sosial: 'Sosial',
    ketenagakerjaan: 'Ketenagakerjaan',
    transportasi: 'Transportasi',
    lingkungan: 'Lingkungan hidup',
    kebencanaan: 'Kebencanaan dan kedaruratan',
    'pariwisata-budaya': 'Pariwisata, budaya, dan olahraga',
    'ekonomi-umkm': 'Ekonomi dan UMKM',
    'informasi-publik': 'Informasi publik',
    kepegawaian: 'Kepegawaian',
    'perencanaan-keuangan': 'Perencanaan dan keuangan',
    persuratan: 'Persuratan dan kearsipan',
    pengawasan: 'Pengawasan',
    'aset-pengadaan': 'Aset dan pengadaan',
    'layanan-ti': 'Layanan TI',
  },
  home: {
    title: 'Semua layanan Kota Bogor dalam satu portal',
    loading: 'Memuat daftar layanan…',
    failed: 'Daftar layanan tidak dapat dimuat.',
    configFailed:
      'Pengaturan portal (config.json) tidak dapat dimuat, jadi daftar layanan belum dapat ditampilkan.',
    saved: ({ date }: { date: Value }) =>
      `Katalog layanan sedang tidak dapat dihubungi. Yang tampil adalah salinan tersimpan dari ${date}.`,
    readAt: ({ time }: { time: Value }) =>
      `Katalog per ${time}. Katalog layanan sedang tidak dapat diperbarui, jadi perubahan terbaru mungkin belum tampil. Portal memperbaruinya sendiri begitu bisa.`,
    retry: 'Coba lagi',
    open: ({ name }: { name: Value }) => `Buka ${name}`,
    favourite: ({ name }: { name: Value }) => `Favorit: ${name}`,
    favourites: 'Favorit Anda',
    recent: 'Terakhir dibuka',
    popular: 'Layanan populer',
    categories: 'Kategori layanan',
    showAll: ({ count }: { count: number }) => `Lihat semua ${grouped(count)} layanan`,
    allTitle: 'Semua layanan',
    directory: ({ count }: { count: number }) =>
      `${grouped(count)} layanan, terlalu banyak untuk satu halaman: pilih kategori, peristiwa hidup atau perangkat daerah di bawah ini, atau`,
    directorySearch: 'cari layanan yang Anda perlukan.',
  },
  journey: {
    steps: 'Langkah-langkahnya',
    step: ({ number, total }: { number: Value; total: Value }) => `Langkah ${number} dari ${total}`,
    needs: 'Yang perlu Anda siapkan',
    next: 'Setelah itu',
    start: ({ name }: { name: Value }) => `Mulai di ${name}`,
    others: 'Layanan lain untuk peristiwa ini',
  },
  app: {
    loading: ({ name }: { name: Value }) => `Memuat ${name}…`,
    localBuild: ({ address }: { address: Value }) =>
      `Build lokal Anda dari ${address}: hanya di browser ini, bukan yang dilihat warga.`,
    stopLocalBuild: 'Kembali ke versi terbit',
    failedTitle: ({ name }: { name: Value }) => `${name} sedang tidak dapat dibuka`,
    unreachable: 'Server aplikasi tidak dapat dihubungi.',
    timeout: ({ seconds }: { seconds: Value }) => `Server aplikasi tidak menjawab dalam ${seconds} detik.`,
    contract: 'Aplikasi ini tidak memenuhi kontrak BAS (tidak ada fungsi mount).',
    sdkIncompatible: ({ declared, provided }: { declared: Value; provided: Value }) =>
      `Aplikasi ini dibuat untuk kontrak BAS (@bas/sdk) versi ${declared}, sedangkan portal ini menyediakan versi ${provided}. Instansi pengelolanya perlu membangun ulang aplikasi dengan versi yang sesuai.`,
    crashed: 'Aplikasi mengalami galat saat berjalan.',
    circuitOpen: 'Aplikasi ini gagal dimuat berulang kali. Portal menunggu sebentar sebelum mencobanya lagi.',
    integrity:
      'Kode aplikasi ini berbeda dari versi yang disetujui, jadi portal tidak menjalankannya. Pengelola portal sudah diberi tahu.',
    notAllowed:
      'Aplikasi ini dimuat dari alamat yang tidak diizinkan portal, jadi portal tidak menjalankannya.',
    authFrameUnavailable:
      'Layanan masuk portal tidak menjawab. Aplikasi baru dapat dibuka setelah layanan itu menjawab, agar tidak ada aplikasi yang dapat menjangkau data aplikasi lain. Coba lagi sebentar lagi.',
    standalone: ({ name }: { name: Value }) => `Buka ${name} di alamatnya sendiri (tab baru)`,
    rest: 'Bagian lain portal tetap dapat digunakan.',
    offlineTitle: 'Layanan ini juga dapat diperoleh langsung di',
    offlinePhone: 'Telepon',
    retry: 'Coba lagi',
    notFound: ({ id }: { id: Value }) => `Layanan "${id}" tidak ada di katalog.`,
    down: ({ name, since }: { name: Value; since: Value }) =>
      `${name} sedang gangguan sejak ${since}; coba lagi nanti.`,
    tryAnyway: 'Tetap coba buka',
    downBadge: 'Sedang gangguan',
    maintenance: ({ name }: { name: Value }) =>
      `${name} sedang dalam pemeliharaan. Silakan coba beberapa saat lagi.`,
    external: ({ name, agency }: { name: Value; agency: Value }) =>
      `${name} dibuka di situs ${agency}, di luar portal ini.`,
    openExternal: ({ name }: { name: Value }) => `Buka ${name} (tab baru)`,
    frameTitle: ({ name, agency }: { name: Value; agency: Value }) => `${name} (${agency})`,
    sameOrigin:
      'Alamat aplikasi ini berada di portal ini sendiri. Di dalam bingkai, aplikasi seperti itu dapat menjangkau seluruh portal, jadi portal tidak membukanya di sini. Pengelola katalog perlu memberinya alamat sendiri.',
    disabledNow: 'Layanan ini baru saja dinonaktifkan oleh pengelolanya, jadi ditutup di sini.',
    updatedTitle: 'Versi baru layanan ini tersedia.',
    updatedBody:
      'Versi yang tadi terbuka sudah tidak dipakai lagi, jadi ditutup. Isian yang belum Anda kirim perlu diisi lagi.',
    loadNewVersion: 'Muat versi baru',
  },
  notFound: { title: 'Halaman tidak ditemukan', back: 'Kembali ke beranda' },
  pageFailed: {
    title: 'Halaman ini tidak dapat dimuat',
    body: 'Bagian portal untuk halaman ini tidak terunduh, biasanya karena sambungan internet terputus. Periksa sambungan Anda, lalu coba lagi.',
    retry: 'Coba lagi',
  },
  footer: 'Pemerintah Kota Bogor · Diskominfo',
};

export type Messages = typeof id;
