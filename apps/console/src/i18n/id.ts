/** A value put into a text: a name, a number, a date already formatted for the language. */
export type Value = string | number;

/**
 * Every text of the console, Bahasa Indonesia first: a string, or a function of the values it shows. A text
 * missing in English, or one taking other values, fails the type check. Both languages ship with the console: it
 * is a tool for a few hundred operators, not a first paint to keep small.
 */
export const id = {
  brand: 'Pusat Kendali BAS',
  pageTitle: ({ page }: { page: Value }) => `${page} — Pusat Kendali BAS`,
  skipToContent: 'Langsung ke konten',
  language: { label: 'Bahasa', id: 'Bahasa Indonesia', en: 'English' },
  nav: {
    label: 'Navigasi utama',
    menu: 'Menu',
    queue: 'Antrean persetujuan',
    catalog: 'Katalog',
    audit: 'Log audit',
    spbe: 'Data dukung SPBE',
  },
  footer: 'Pemerintah Kota Bogor · Diskominfo · Konsol operasi BAS',
  scrollHint: ({ table }: { table: Value }) => `${table} (geser ke samping untuk kolom lainnya)`,
  loading: 'Memuat…',
  none: '—',
  auth: {
    checking: 'Memeriksa sesi…',
    signIn: 'Masuk',
    signOut: 'Keluar',
    signInTitle: 'Masuk ke Pusat Kendali BAS',
    signInBody:
      'Pusat Kendali adalah konsol operasi BAS untuk admin platform dan pengembang instansi: persetujuan versi, katalog aplikasi, log audit, dan kesehatan aplikasi. Masuk dengan akun SSO Pemerintah Kota Bogor Anda.',
    sessionEnded: 'Sesi Anda telah berakhir. Silakan masuk lagi; Anda kembali ke halaman yang tadi dibuka.',
    unavailable:
      'Layanan masuk (SSO) tidak menjawab saat konsol memeriksa sesi Anda. Coba masuk; jika tetap gagal, hubungi tim platform Diskominfo.',
    refreshDelayed:
      'Layanan masuk (SSO) sedang tidak dapat dihubungi. Anda tetap masuk; konsol terus mencoba memperbarui sesi Anda.',
    account: ({ name, role }: { name: Value; role: Value }) => `${name} (${role})`,
    admin: 'admin platform',
    developer: ({ agency }: { agency: Value }) => `pengembang ${agency}`,
    noRoleTitle: 'Pusat Kendali hanya untuk admin platform dan pengembang instansi',
    noRoleBody: ({ username }: { username: Value }) =>
      `Akun ${username} tidak memiliki peran admin atau pengembang. Jika pekerjaan Anda memerlukan Pusat Kendali, minta admin SSO Diskominfo memberi akun Anda peran "developer" (pengembang instansi) atau "admin". Layanan untuk warga dan ASN ada di portal BAS.`,
  },
  config: {
    title: 'Pengaturan konsol (config.json) tidak dapat dipakai',
    reasons: {
      unreachable: ({ detail }: { detail: Value }) =>
        `config.json tidak dapat diambil dari server konsol (${detail}).`,
      status: ({ detail }: { detail: Value }) => `Server konsol menjawab ${detail} untuk /config.json.`,
      'not-json': ({ detail }: { detail: Value }) =>
        `/config.json bukan JSON (server mengirim ${detail}); biasanya server mengirim halaman lain sebagai gantinya.`,
      invalid: ({ detail }: { detail: Value }) => `config.json tidak sesuai: ${detail}.`,
    },
    fix: 'Server yang menyajikan konsol perlu menyediakan /config.json seperti contoh di bawah (README apps/console menjelaskan setiap isian). Setelah diperbaiki, muat ulang halaman ini.',
    example: 'Contoh config.json',
    reload: 'Muat ulang',
  },
  errors: {
    title: 'Data tidak dapat dimuat',
    actionTitle: 'Tindakan tidak berhasil',
    unreachable: ({ call }: { call: Value }) =>
      `Registri tidak dapat dihubungi (${call}). Periksa sambungan Anda, lalu coba lagi; jika tetap gagal, registri mungkin sedang mati: beri tahu tim platform.`,
    refused: ({ call, status }: { call: Value; status: Value }) =>
      `Registri menolak permintaan ini (${call}, HTTP ${status}). Alasannya menurut registri:`,
    notUnderstood: ({ call }: { call: Value }) =>
      `Registri menjawab ${call} dengan bentuk yang tidak dipahami konsol ini, jadi konsol tidak menampilkannya. Kemungkinan registri dan konsol berbeda versi: beri tahu tim platform, sertakan rincian berikut.`,
    signedOut: 'Sesi Anda berakhir sebelum permintaan terkirim. Masuk lagi, lalu ulangi.',
    signInUnreachable:
      'Layanan masuk (SSO) tidak dapat dihubungi untuk memperbarui sesi Anda, jadi permintaan ini belum dikirim. Konsol terus mencoba; ulangi sebentar lagi.',
    unexpected:
      'Terjadi galat yang tidak terduga di konsol. Muat ulang halaman; jika terulang, beri tahu tim platform.',
    retry: 'Coba lagi',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    body: 'Alamat ini bukan halaman Pusat Kendali.',
    back: 'Ke halaman awal',
  },
  adminOnly: {
    title: 'Halaman ini hanya untuk admin platform',
    body: 'Antrean persetujuan, log audit, dan data dukung SPBE dikelola admin platform Diskominfo. Aplikasi instansi Anda ada di Katalog.',
    toCatalog: 'Buka katalog',
  },
  statuses: { active: 'Aktif', maintenance: 'Pemeliharaan', disabled: 'Nonaktif' },
  kinds: { federated: 'Remote (federasi)', iframe: 'Iframe (aplikasi lama)', link: 'Tautan keluar' },
  roles: { public: 'Publik', internal: 'Internal ASN' },
  health: { up: 'Normal', degraded: 'Terganggu', down: 'Mati', unknown: 'Belum dipantau' },
  reasonField: {
    label: 'Alasan',
    required: ({ max }: { max: Value }) =>
      `Wajib. Disimpan di log audit dan dibaca instansi pengelola; paling banyak ${max} karakter.`,
    optional: ({ max }: { max: Value }) =>
      `Boleh dikosongkan saat menyetujui, wajib saat menolak. Disimpan di log audit dan dibaca pengembang instansi; paling banyak ${max} karakter.`,
    missing: 'Tulis alasannya dalam beberapa kata; alasan disimpan di log audit.',
    missingReject: 'Tulis alasan penolakan, agar pengembang instansi tahu apa yang perlu diperbaiki.',
    tooLong: ({ max, length }: { max: Value; length: Value }) =>
      `Alasan paling banyak ${max} karakter, sekarang ${length}; persingkat.`,
  },
  queue: {
    title: 'Antrean persetujuan',
    intro:
      'Versi yang diterbitkan pengembang instansi menunggu di sini sampai admin lain menyetujui atau menolaknya. Warga hanya mendapat versi yang sudah disetujui.',
    loading: 'Memuat antrean…',
    caption: ({ count }: { count: Value }) => `${count} versi menunggu persetujuan, yang terlama di atas`,
    columns: {
      app: 'Aplikasi',
      agency: 'Instansi',
      version: 'Versi',
      served: 'Versi disajikan',
      publishedBy: 'Diterbitkan oleh',
      publishedAt: 'Waktu terbit',
      action: 'Tindakan',
    },
    review: 'Tinjau',
    reviewLabel: ({ name, version }: { name: Value; version: Value }) => `Tinjau ${name} ${version}`,
    newApp: 'belum ada (aplikasi baru)',
    empty: 'Tidak ada versi yang menunggu persetujuan.',
    emptyBody: 'Versi muncul di sini begitu pengembang instansi menerbitkannya dengan perintah',
  },
  review: {
    title: ({ name, version }: { name: Value; version: Value }) => `Tinjau ${name} ${version}`,
    loading: 'Memuat perubahan…',
    back: 'Kembali ke antrean',
    published: ({ who, when }: { who: Value; when: Value }) => `Diterbitkan oleh ${who} pada ${when}.`,
    served: ({ version }: { version: Value }) =>
      `Yang disajikan portal sekarang: versi ${version}. Menyetujui versi ini menggantikannya.`,
    newApp:
      'Aplikasi ini belum pernah disetujui, jadi setiap isian entrinya baru. Menyetujuinya menambahkan aplikasi ini ke portal.',
    sensitiveSummary: ({ count }: { count: Value }) =>
      `${count} perubahan sensitif: perubahan ini menentukan siapa yang dapat membuka aplikasi, kode apa yang berjalan dan dari mana, atau ke mana token pengguna dikirim. Periksa masing-masing sebelum menyetujui.`,
    changesTitle: 'Perubahan entri katalog',
    changesCaption: ({ before, after }: { before: Value; after: Value }) =>
      `Isian entri yang berbeda antara ${before} dan ${after}`,
    nothingServed: 'belum ada',
    noChanges: 'Tidak ada isian entri yang berubah.',
    columns: { field: 'Isian', before: 'Sebelum', after: 'Sesudah' },
    sensitive: 'Perubahan sensitif',
    absent: '(tidak ada)',
    bundleTitle: 'Berkas build',
    bundleNone:
      'Versi ini tidak membawa build yang diunggah ke registri: entrinya menunjuk ke server instansi, jadi tidak ada berkas untuk dibandingkan.',
    bundleSame: ({ files }: { files: Value }) =>
      `Semua ${files} berkas build sama persis (byte demi byte) dengan versi yang disajikan.`,
    bundleCaption: ({ unchanged }: { unchanged: Value }) =>
      `Berkas build yang berbeda dari versi yang disajikan; ${unchanged} berkas lainnya sama persis`,
    bundleColumns: { path: 'Berkas', change: 'Perubahan', before: 'Ukuran sebelum', after: 'Ukuran sesudah' },
    fileChanges: { added: 'Ditambah', removed: 'Dihapus', changed: 'Diubah' },
    total: ({ before, after }: { before: Value; after: Value }) => `Total (${before} → ${after} berkas)`,
    decisionTitle: 'Keputusan',
    approve: 'Setujui dan sajikan',
    reject: 'Tolak versi ini',
    sending: 'Mengirim keputusan…',
    approved: ({ name, version }: { name: Value; version: Value }) =>
      `${name} ${version} disetujui dan kini disajikan portal.`,
    rejected: ({ name, version }: { name: Value; version: Value }) =>
      `${name} ${version} ditolak. Alasan Anda tercatat di log audit.`,
  },
  catalog: {
    title: 'Katalog',
    introAdmin:
      'Semua aplikasi di katalog BAS. Buka sebuah aplikasi untuk melihat versinya, mengembalikan versi sebelumnya, atau menonaktifkannya.',
    introDeveloper: ({ agency }: { agency: Value }) =>
      `Aplikasi ${agency}: versinya, statusnya, dan kesehatannya. Menyetujui, mengembalikan, dan menonaktifkan dilakukan admin platform.`,
    publish: 'Versi baru diterbitkan dari folder proyek aplikasi dengan perintah',
    loading: 'Memuat katalog…',
    filters: 'Saring katalog',
    agency: 'Instansi',
    kind: 'Jenis',
    status: 'Status',
    health: 'Kesehatan',
    all: 'Semua',
    reset: 'Hapus saringan',
    caption: ({ shown, total }: { shown: Value; total: Value }) =>
      `Aplikasi di katalog: ${shown} dari ${total}`,
    tableLabel: 'Katalog aplikasi',
    columns: {
      name: 'Aplikasi',
      agency: 'Instansi',
      kind: 'Jenis',
      status: 'Status',
      health: 'Kesehatan',
      version: 'Versi disajikan',
      pending: 'Menunggu',
      changed: 'Perubahan terakhir',
    },
    pending: ({ count, latest }: { count: Value; latest: Value }) => `${count} (terbaru ${latest})`,
    unnamed: '(tanpa nama: semua versinya ditolak)',
    empty: 'Tidak ada aplikasi yang cocok dengan saringan ini.',
    noApps: 'Belum ada aplikasi di katalog.',
  },
  app: {
    loading: 'Memuat aplikasi…',
    back: 'Kembali ke katalog',
    summary: 'Ringkasan',
    id: 'Id',
    agency: 'Instansi',
    route: 'Alamat di portal',
    status: 'Status',
    current: 'Versi disajikan',
    noCurrent: 'belum ada: menunggu persetujuan pertama',
    versionsTitle: 'Versi',
    versionsCaption: ({ name }: { name: Value }) => `Versi ${name}, yang terbaru di atas`,
    versionColumns: {
      version: 'Versi',
      state: 'Keadaan',
      submitted: 'Diterbitkan',
      approved: 'Disetujui',
      action: 'Tindakan',
    },
    states: { pending: 'Menunggu persetujuan', approved: 'Disetujui', serving: 'Disajikan sekarang' },
    by: ({ who, when }: { who: Value; when: Value }) => `${who}, ${when}`,
    review: ({ version }: { version: Value }) => `Tinjau ${version}`,
    rollback: ({ version }: { version: Value }) => `Kembalikan ke ${version}`,
    adminTitle: 'Tindakan admin',
    disableIntro:
      'Menonaktifkan mengeluarkan aplikasi dari portal seketika; tab yang sedang membukanya menutupnya. Mengaktifkan lagi menyajikan versi yang sama.',
    disable: 'Nonaktifkan aplikasi',
    enable: 'Aktifkan lagi',
    cancel: 'Batal',
    dialogs: {
      rollback: {
        title: ({ name, version }: { name: Value; version: Value }) => `Kembalikan ${name} ke ${version}?`,
        body: ({ current, version }: { current: Value; version: Value }) =>
          `Portal akan menyajikan ${version} lagi menggantikan ${current}. Orang yang membuka aplikasi setelah ini mendapat ${version}.`,
        confirm: ({ version }: { version: Value }) => `Kembalikan ke ${version}`,
        done: ({ name, version }: { name: Value; version: Value }) =>
          `${name} kini menyajikan ${version} lagi.`,
      },
      disable: {
        title: ({ name }: { name: Value }) => `Nonaktifkan ${name}?`,
        body: 'Aplikasi keluar dari portal seketika untuk semua orang, sampai seorang admin mengaktifkannya lagi.',
        confirm: 'Nonaktifkan',
        done: ({ name }: { name: Value }) => `${name} dinonaktifkan dan tidak lagi tampil di portal.`,
      },
      enable: {
        title: ({ name }: { name: Value }) => `Aktifkan ${name} lagi?`,
        body: 'Portal menyajikan lagi versi aplikasi yang terakhir disetujui.',
        confirm: 'Aktifkan lagi',
        done: ({ name }: { name: Value }) => `${name} aktif lagi di portal.`,
      },
    },
    healthTitle: 'Kesehatan',
    healthNone: 'Pemantau belum punya data untuk aplikasi ini.',
    healthSince: ({ since }: { since: Value }) => `sejak ${since}`,
    healthReason: ({ reason }: { reason: Value }) => `Sebab: ${reason}`,
    uptimeMonth: 'Ketersediaan bulan ini',
    latency: 'Waktu tanggap (p50 / p95)',
    uptimeDays: 'Ketersediaan per hari, 90 hari terakhir',
    uptimeDay: ({ date, ratio }: { date: Value; ratio: Value }) => `${date}: ${ratio}`,
    noData: 'tidak ada data',
    probesCaption: 'Pemeriksaan terakhir',
    probeColumns: { at: 'Waktu', status: 'Hasil', latency: 'Waktu tanggap' },
    latencyChart: 'Waktu tanggap dan pemeriksaan gagal per jam, 7 hari terakhir',
    failedProbes: 'Pemeriksaan gagal',
  },
  chart: {
    showTable: 'Tampilkan sebagai tabel',
    hour: 'Jam (WIB)',
    failed:
      'Grafik tidak dapat digambar di peramban ini; angka yang sama ada di tabel di bawah. Muat ulang halaman untuk mencoba lagi.',
  },
  slo: {
    title: 'Objektif layanan (SLO)',
    intro: ({ hour, sixHours }: { hour: Value; sixHours: Value }) =>
      `Target adalah bagian yang harus berhasil setiap bulan: pemeriksaan oleh pemantau (ketersediaan) dan pembukaan aplikasi oleh pengguna (pembukaan berhasil). Anggaran galat adalah bagian yang boleh gagal, yaitu 100% dikurangi target. Laju pemakaian 1× menghabiskan anggaran tepat dalam 30 hari; ${hour}× selama 1 jam terakhir atau ${sixHours}× selama 6 jam terakhir berarti gawat: anggaran habis dalam beberapa hari, tangani sekarang.`,
    month: ({ month }: { month: Value }) => `Bulan ${month} (UTC).`,
    loading: 'Memuat objektif layanan…',
    caption: 'Objektif layanan bulan ini',
    columns: {
      measure: 'Ukuran',
      availability: 'Ketersediaan (pemeriksaan)',
      loadSuccess: 'Pembukaan berhasil (pengguna)',
    },
    objective: 'Target',
    measured: 'Terukur bulan ini',
    budget: 'Sisa anggaran galat',
    burnRate: {
      '1h': 'Laju pemakaian anggaran, 1 jam terakhir',
      '6h': 'Laju pemakaian anggaran, 6 jam terakhir',
      '30d': 'Laju pemakaian anggaran, 30 hari terakhir',
    },
    rate: ({ rate }: { rate: Value }) => `${rate}×`,
    budgetReadings: {
      ok: 'Cukup',
      low: 'Tinggal sedikit: tunda perubahan yang berisiko',
      spent: 'Habis: kegagalan bulan ini melebihi yang diizinkan target',
    },
    burnReadings: {
      ok: 'Aman: pada laju ini anggaran bertahan sebulan penuh',
      elevated: ({ duration }: { duration: Value }) =>
        `Di atas anggaran: pada laju ini anggaran sebulan habis dalam ${duration}`,
      critical: ({ duration }: { duration: Value }) =>
        `Gawat: pada laju ini anggaran sebulan habis dalam ${duration}; tangani sekarang`,
    },
    underAnHour: 'kurang dari 1 jam',
  },
  usage: {
    title: 'Penggunaan',
    intro:
      'Pembukaan aplikasi ini di portal menurut peramban pengguna. Angkanya dari sampel kunjungan yang dilaporkan, bukan setiap kunjungan.',
    range: 'Rentang waktu',
    ranges: { '24h': '24 jam terakhir', '7d': '7 hari terakhir', '30d': '30 hari terakhir' },
    period: ({ since, until }: { since: Value; until: Value }) => `Dari ${since} sampai ${until}.`,
    loading: 'Memuat penggunaan…',
    opensCaption: 'Pembukaan aplikasi',
    columns: { measure: 'Ukuran', value: 'Nilai' },
    attempts: 'Dicoba',
    mounted: 'Berhasil dimuat',
    failed: 'Gagal',
    ofAttempts: ({ count, share }: { count: Value; share: Value }) => `${count} (${share} dari yang dicoba)`,
    timeToMounted: ({ percentile }: { percentile: Value }) => `${percentile} waktu sampai tampil`,
    noOpens: 'Belum ada pembukaan yang tercatat pada rentang ini.',
    noFailures: 'Tidak ada pembukaan yang gagal pada rentang ini.',
    failuresCaption: 'Pembukaan yang gagal menurut sebab',
    failureColumns: { cause: 'Sebab', count: 'Jumlah', share: 'Bagian dari yang gagal' },
    causes: {
      timeout: {
        label: 'Waktu habis',
        detail: 'Aplikasi tidak tampil dalam batas waktu portal.',
      },
      network: {
        label: 'Jaringan',
        detail: 'Berkas aplikasi tidak dapat diunduh: sambungan pengguna atau server aset.',
      },
      integrity: {
        label: 'Berkas tidak utuh',
        detail: 'Berkas yang diunduh tidak cocok dengan sidik (hash) versi yang disetujui.',
      },
      'sdk-version': {
        label: 'Versi SDK tidak cocok',
        detail: 'Aplikasi dibangun dengan SDK BAS yang tidak didukung portal ini.',
      },
      'mount-error': {
        label: 'Galat saat dipasang',
        detail: 'Kode aplikasi melempar galat ketika portal memasangnya.',
      },
      'render-error': {
        label: 'Galat saat tampil',
        detail: 'Aplikasi melempar galat ketika menampilkan halamannya.',
      },
    },
    otherCause: ({ cause }: { cause: Value }) => `Sebab lain (${cause})`,
    vitalsCaption: 'Core Web Vitals portal saat aplikasi ini tampil (p75)',
    vitalColumns: { metric: 'Metrik', p75: 'p75', rating: 'Penilaian Google', samples: 'Sampel' },
    vitalMeanings: {
      LCP: 'Largest Contentful Paint: waktu sampai konten terbesar tampil',
      INP: 'Interaction to Next Paint: jeda tanggapan atas ketukan, klik, atau tombol',
      CLS: 'Cumulative Layout Shift: seberapa banyak tata letak bergeser (tanpa satuan)',
      FCP: 'First Contentful Paint: waktu sampai konten pertama tampil',
      TTFB: 'Time to First Byte: waktu sampai byte pertama dari server',
    },
    ratings: { good: 'Baik', 'needs-improvement': 'Perlu perbaikan', poor: 'Buruk' },
    thresholds: ({ good, poor }: { good: Value; poor: Value }) => `baik ≤ ${good}, buruk > ${poor}`,
    hourlyTitle: 'Pembukaan per jam',
    failureRate: 'Tingkat gagal',
  },
  audit: {
    title: 'Log audit',
    intro:
      'Setiap perubahan katalog: siapa, apa, kapan, dan alasannya. Log ini hanya bertambah; tidak ada catatan yang diubah atau dihapus.',
    filters: 'Saring log',
    app: 'Aplikasi (id)',
    actor: 'Pelaku (nama pengguna)',
    action: 'Tindakan',
    since: 'Dari tanggal',
    until: 'Sampai tanggal',
    dateHint: 'Tanggal menurut WIB, mis. 2026-11-30',
    apply: 'Terapkan saringan',
    reset: 'Hapus saringan',
    untilBeforeSince: 'Tanggal "sampai" harus sama dengan atau sesudah tanggal "dari".',
    download: 'Unduh CSV',
    downloading: 'Menyiapkan CSV…',
    downloaded: ({ file }: { file: Value }) => `Log audit tersimpan sebagai ${file}.`,
    loading: 'Memuat log audit…',
    caption: ({ count }: { count: Value }) => `${count} catatan, yang terbaru di atas`,
    columns: {
      at: 'Waktu',
      actor: 'Pelaku',
      action: 'Tindakan',
      app: 'Aplikasi',
      version: 'Versi',
      reason: 'Alasan',
    },
    actions: {
      seed: 'Isi awal katalog',
      publish: 'Terbitkan',
      approve: 'Setujui',
      reject: 'Tolak',
      release: 'Lepaskan id',
      rollback: 'Kembalikan versi',
      disable: 'Nonaktifkan',
      enable: 'Aktifkan',
      'publish-token-create': 'Buat token terbit',
      'publish-token-revoke': 'Cabut token terbit',
    },
    empty: 'Tidak ada catatan yang cocok dengan saringan ini.',
    more: 'Muat catatan yang lebih lama',
  },
  spbe: {
    title: 'Data dukung SPBE',
    intro:
      'Bukti untuk evaluasi SPBE domain layanan (indikator 32–47), disusun registri dari data yang disimpannya: katalog, pemeriksaan ketersediaan oleh pemantau, pembukaan layanan oleh pengguna, dan Survei Kepuasan Masyarakat. Angka yang belum diukur ditulis "belum diukur", bukan 0.',
    period: 'Periode',
    thisYear: ({ year }: { year: Value }) => `${year} (tahun berjalan)`,
    loading: 'Memuat data dukung…',
    generated: ({ period, at }: { period: Value; at: Value }) =>
      `Periode ${period} (tahun UTC), disusun registri pada ${at}.`,
    download: 'Unduh evidence.json',
    downloaded: ({ file }: { file: Value }) => `Jawaban registri tersimpan sebagai ${file}.`,
    reports: {
      title: 'Laporan lengkap (PDF dan ZIP)',
      intro:
        'Layanan evidence menyusun di server laporan PDF yang siap cetak dan ZIP untuk diunggah (PDF, berkas CSV, tangkapan layar, dan evidence.json) dari data dukung periode yang dipilih. Laporan yang sudah dibuat dapat diunduh di sini.',
      automation: 'Untuk otomatisasi, laporan yang sama dibuat dari repositori BAS dengan perintah',
      automationToken:
        'Perintah itu memerlukan token admin platform; README apps/evidence menjelaskan caranya.',
      screenshots: 'Dengan tangkapan layar layanan (beberapa menit)',
      start: ({ period }: { period: Value }) => `Buat laporan ${period}`,
      news: {
        running: ({ period }: { period: Value }) =>
          `Laporan ${period} mulai dibuat; kemajuannya tampil di daftar laporan.`,
        done: ({ period }: { period: Value }) => `Laporan ${period} selesai dan siap diunduh.`,
        failed: ({ period }: { period: Value }) =>
          `Laporan ${period} gagal dibuat; sebabnya tertulis di daftar laporan.`,
      },
      busyTitle: 'Laporan lain sedang dibuat',
      busyToDo:
        'Layanan evidence membuat satu laporan pada satu waktu. Kemajuan laporan yang sedang dibuat ada di daftar di bawah; setelah selesai, buat laporan Anda lagi bila masih perlu.',
      loading: 'Memuat daftar laporan…',
      listLabel: 'Laporan yang dibuat, yang terbaru di atas',
      empty: 'Belum ada laporan yang dibuat. Laporan yang Anda buat muncul di sini beserta kemajuannya.',
      item: ({ period, at }: { period: Value; at: Value }) => `Laporan ${period} · ${at}`,
      requested: ({ who, screenshots }: { who: Value; screenshots: Value }) =>
        `Diminta oleh ${who}, ${screenshots}.`,
      withScreenshots: 'dengan tangkapan layar',
      withoutScreenshots: 'tanpa tangkapan layar',
      running: 'Sedang dibuat.',
      steps: {
        figures: 'Membaca angka dari registri.',
        screenshots: 'Memotret layanan.',
        pdf: 'Mencetak PDF.',
        zip: 'Mengemas ZIP.',
        done: 'Menyelesaikan.',
      },
      photographing: ({ done, total }: { done: Value; total: Value }) =>
        `Memotret layanan ${done} dari ${total}.`,
      done: ({ at }: { at: Value }) => `Selesai pada ${at}.`,
      download: {
        zip: ({ size }: { size: Value }) => `Unduh ZIP (${size})`,
        pdf: ({ size }: { size: Value }) => `Unduh PDF (${size})`,
      },
      downloading: { zip: 'Mengunduh ZIP…', pdf: 'Mengunduh PDF…' },
      downloaded: ({ file }: { file: Value }) => `Laporan tersimpan sebagai ${file}.`,
      failed: ({ at }: { at: Value }) => `Gagal pada ${at}.`,
      reason: 'Sebabnya menurut layanan evidence:',
      noReason: 'Layanan evidence tidak menyebutkan sebabnya.',
      failedToDo:
        'Perbaiki sebabnya, lalu buat laporannya lagi. Jika sebabnya tidak jelas, beri tahu tim platform.',
    },
    summaryTitle: 'Ringkasan per indikator',
    summaryCaption: ({ period }: { period: Value }) => `Indikator SPBE 32–47, periode ${period}`,
    columns: {
      indicator: 'Indikator',
      services: 'Layanan',
      uptime: 'Ketersediaan',
      opens: 'Pembukaan',
      ikm: 'IKM',
      completeness: 'Kelengkapan',
    },
    aspects: { administrative: 'Administrasi pemerintahan', public: 'Pelayanan publik' },
    noServices: 'Belum ada layanan pada indikator ini',
    notMeasured: 'belum diukur',
    summaryNotes:
      'Ketersediaan: bagian pemeriksaan pemantau yang lolos. Pembukaan: pembukaan layanan di portal, dari sampel kunjungan. IKM: Indeks Kepuasan Masyarakat (25–100) dari semua jawaban survei layanannya. Kelengkapan: rata-rata bagian pemeriksaan data dukung yang dipenuhi layanannya.',
    gapsTitle: 'Yang masih kurang',
    gapsIntro:
      'Layanan yang data dukungnya belum lengkap pada periode ini, dan apa yang perlu dilakukan. Lengkapi sebelum evaluasi, lalu buat ulang laporannya.',
    filters: 'Saring kekurangan',
    indicator: 'Indikator',
    gapKind: 'Jenis kekurangan',
    all: 'Semua',
    indicatorOption: ({ indicator, title }: { indicator: Value; title: Value }) => `${indicator} · ${title}`,
    reset: 'Hapus saringan',
    gapsCount: ({ shown, total }: { shown: Value; total: Value }) =>
      `${shown} dari ${total} layanan yang data dukungnya belum lengkap`,
    serviceOf: ({ indicator, agency }: { indicator: Value; agency: Value }) =>
      `Indikator ${indicator} · ${agency}`,
    owner: ({ name, email }: { name: Value; email: Value }) => `Penanggung jawab: ${name} (${email})`,
    gapsOf: ({ name }: { name: Value }) => `Kekurangan ${name}`,
    toDo: 'Yang perlu dilakukan:',
    complete: 'Data dukung semua layanan lengkap untuk periode ini.',
    noActive: 'Belum ada layanan aktif di katalog.',
    noMatch: 'Tidak ada kekurangan yang cocok dengan saringan ini.',
    gaps: {
      'owner-phone': {
        label: 'Telepon penanggung jawab',
        missing: 'Nomor telepon penanggung jawab belum dicantumkan.',
        toDo: 'Minta instansi menambahkan nomor telepon penanggung jawab (owner.phone) pada entri katalognya dan menerbitkan versi baru, lalu setujui versi itu di Antrean persetujuan.',
      },
      'uptime-unknown': {
        label: 'Pemeriksaan ketersediaan',
        missing:
          'Belum ada pemeriksaan ketersediaan oleh pemantau pada periode ini, jadi ketersediaannya belum diukur.',
        toDo: 'Pastikan pemantau registri berjalan: ia memeriksa setiap aplikasi aktif kira-kira sekali semenit. Pemeriksaan yang terlewat tidak dapat ditambahkan belakangan.',
      },
      'no-usage': {
        label: 'Pembukaan tercatat',
        missing: 'Belum ada pembukaan layanan di portal yang tercatat pada periode ini.',
        toDo: 'Pastikan layanan ini dapat ditemukan dan dibuka di portal, misalnya ditautkan dari situs instansinya. Pembukaan dicatat dari sampel kunjungan, jadi layanan yang jarang dibuka bisa belum tercatat.',
      },
      'no-survey': {
        label: 'Jawaban survei kepuasan',
        missing: 'Belum ada jawaban Survei Kepuasan Masyarakat pada periode ini, jadi IKM-nya belum diukur.',
        toDo: 'Minta instansi mengajak pengguna layanan ini mengisi Survei Kepuasan Masyarakat (layanan SKM di portal).',
      },
    },
  },
};

export type Messages = typeof id;
