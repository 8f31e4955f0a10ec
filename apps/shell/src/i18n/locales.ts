/** Every text of the shell, Bahasa Indonesia first. A key missing in English fails the type check. */
export const id = {
  skipToContent: 'Langsung ke konten',
  brand: 'Bogor Aplikasi Super',
  nav: { label: 'Navigasi utama', home: 'Beranda' },
  language: { label: 'Bahasa', id: 'Bahasa Indonesia', en: 'English' },
  home: {
    title: 'Semua layanan Kota Bogor dalam satu portal',
    intro: 'Pilih layanan untuk membukanya di sini, tanpa berpindah aplikasi.',
    loading: 'Memuat daftar layanan…',
    failed: 'Daftar layanan tidak dapat dimuat.',
    retry: 'Coba lagi',
    open: 'Buka {{name}}',
  },
  app: {
    loading: 'Memuat {{name}}…',
    failedTitle: '{{name}} sedang tidak dapat dibuka',
    unreachable: 'Server aplikasi tidak dapat dihubungi.',
    timeout: 'Server aplikasi tidak menjawab dalam {{seconds}} detik.',
    contract: 'Aplikasi ini tidak memenuhi kontrak BAS (tidak ada fungsi mount).',
    crashed: 'Aplikasi mengalami galat saat berjalan.',
    rest: 'Bagian lain portal tetap dapat digunakan.',
    retry: 'Coba lagi',
    notFound: 'Layanan "{{id}}" tidak ada di katalog.',
  },
  notFound: { title: 'Halaman tidak ditemukan', back: 'Kembali ke beranda' },
  footer: 'Pemerintah Kota Bogor · Diskominfo',
};

export type Messages = typeof id;

export const en: Messages = {
  skipToContent: 'Skip to content',
  brand: 'Bogor Super App',
  nav: { label: 'Main navigation', home: 'Home' },
  language: { label: 'Language', id: 'Bahasa Indonesia', en: 'English' },
  home: {
    title: 'Every Kota Bogor service in one portal',
    intro: 'Choose a service to open it here, without switching apps.',
    loading: 'Loading the list of services…',
    failed: 'The list of services could not be loaded.',
    retry: 'Try again',
    open: 'Open {{name}}',
  },
  app: {
    loading: 'Loading {{name}}…',
    failedTitle: '{{name}} cannot be opened right now',
    unreachable: "The app's server could not be reached.",
    timeout: "The app's server did not answer within {{seconds}} seconds.",
    contract: 'This app does not fulfil the BAS contract (it has no mount function).',
    crashed: 'The app ran into an error.',
    rest: 'The rest of the portal keeps working.',
    retry: 'Try again',
    notFound: 'There is no service "{{id}}" in the catalog.',
  },
  notFound: { title: 'Page not found', back: 'Back to the home page' },
  footer: 'City Government of Bogor · Diskominfo',
};
