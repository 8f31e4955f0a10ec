import type { Locale } from '@bas/sdk';
import type { SurveyElement } from './api/surveyElements.ts';

type Grade = 'A' | 'B' | 'C' | 'D';
/** What the thanks say of the service's index: its name, the year, the index, its grade and how many answered. */
interface IndexFigures {
  name: string;
  year: string;
  ikm: string;
  grade: Grade;
  answers: number;
}
/** Appended to every failure to send: nothing the person entered is lost. */
const kept = 'jawaban Anda tetap di formulir ini.';
const keptEn = 'your answers stay in this form.';

const id = {
  title: 'Survei Kepuasan Masyarakat',
  intro: 'Nilai layanan yang baru Anda terima. Jawaban Anda tanpa nama.',
  loading: 'Memuat layanan…',
  catalogFailed: 'Daftar layanan portal tidak dapat dimuat sekarang. Periksa koneksi Anda lalu coba lagi.',
  retry: 'Coba lagi',
  startIntro:
    'Survei ini biasanya dibuka dari layanan yang baru Anda gunakan, setelah urusan Anda selesai. Anda juga dapat memilih layanannya di sini.',
  unknownService:
    'Layanan yang hendak dinilai tidak ada di katalog portal, jadi tidak dapat dinilai di sini. Pilih layanan yang Anda gunakan di bawah ini.',
  service: 'Layanan yang dinilai',
  choose: 'Pilih…',
  start: 'Mulai survei',
  chooseFirst: 'Pilih layanan yang ingin Anda nilai.',
  scale: ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'],
  submit: 'Kirim penilaian',
  sending: 'Mengirim…',
  incomplete: (missing: string) => `Beri nilai pada setiap unsur. Belum dinilai: unsur ${missing}.`,
  tooMany: (seconds: number) =>
    `Terlalu banyak penilaian terkirim dari jaringan Anda dalam satu menit. Kirim lagi dalam ${seconds} detik; ${kept}`,
  refused: (status: number, email: string) =>
    `Portal tidak menerima penilaian ini (HTTP ${status}). Muat ulang halaman lalu kirim lagi; jika tetap gagal, kabari ${email}. Sementara itu ${kept}`,
  unavailable: (status: number) =>
    `Portal sedang tidak dapat menyimpan penilaian (HTTP ${status}). Coba kirim lagi dalam beberapa menit; ${kept}`,
  network: `Portal tidak dapat dihubungi. Periksa koneksi Anda lalu kirim lagi; ${kept}`,
  thanks: 'Terima kasih atas penilaian Anda.',
  result: ({ name, year, ikm, grade, answers }: IndexFigures) =>
    `Indeks kepuasan ${name} tahun ${year}: ${ikm} (mutu ${grade}, ${id.grades[grade]}) dari ${answers} responden.`,
  back: (name: string) => `Kembali ke ${name}`,
  grades: { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' } satisfies Record<Grade, string>,
  elements: {
    persyaratan: 'Kesesuaian persyaratan',
    prosedur: 'Kemudahan prosedur',
    waktu: 'Kecepatan waktu pelayanan',
    biaya: 'Kewajaran biaya',
    produk: 'Kesesuaian hasil pelayanan',
    kompetensi: 'Kemampuan petugas',
    perilaku: 'Kesopanan dan keramahan petugas',
    sarana: 'Kualitas sarana dan prasarana',
    pengaduan: 'Penanganan pengaduan',
  } satisfies Record<SurveyElement, string>,
};

const en: typeof id = {
  title: 'Public Satisfaction Survey',
  intro: 'Rate the service you just received. Your answer is anonymous.',
  loading: 'Loading the service…',
  catalogFailed: 'The portal’s list of services cannot be loaded now. Check your connection and try again.',
  retry: 'Try again',
  startIntro:
    'This survey is usually opened from the service you just used, once your business there is done. You can also choose the service here.',
  unknownService:
    'The service to be rated is not in the portal’s catalog, so it cannot be rated here. Choose the service you used below.',
  service: 'Service rated',
  choose: 'Choose…',
  start: 'Start the survey',
  chooseFirst: 'Choose the service you want to rate.',
  scale: ['Poor', 'Fair', 'Good', 'Very good'],
  submit: 'Send rating',
  sending: 'Sending…',
  incomplete: (missing) => `Rate every element. Not rated yet: element ${missing}.`,
  tooMany: (seconds) =>
    `Too many ratings were sent from your network within a minute. Send again in ${seconds} seconds; ${keptEn}`,
  refused: (status, email) =>
    `The portal did not accept this rating (HTTP ${status}). Reload the page and send again; if it still fails, tell ${email}. Meanwhile ${keptEn}`,
  unavailable: (status) =>
    `The portal cannot store ratings right now (HTTP ${status}). Try sending again in a few minutes; ${keptEn}`,
  network: `The portal cannot be reached. Check your connection and send again; ${keptEn}`,
  thanks: 'Thank you for your rating.',
  result: ({ name, year, ikm, grade, answers }) =>
    `Satisfaction index of ${name} in ${year}: ${ikm} (grade ${grade}, ${en.grades[grade]}) from ${answers} respondents.`,
  back: (name) => `Back to ${name}`,
  grades: { A: 'Very good', B: 'Good', C: 'Fair', D: 'Poor' },
  elements: {
    persyaratan: 'Fitting requirements',
    prosedur: 'Simple procedure',
    waktu: 'Speed of service',
    biaya: 'Fair cost',
    produk: 'Result as promised',
    kompetensi: 'Staff competence',
    perilaku: 'Staff courtesy',
    sarana: 'Facilities',
    pengaduan: 'Handling of complaints',
  },
};

export const texts: Record<Locale, typeof id> = { id, en };
