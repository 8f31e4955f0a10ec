import type { Locale } from '@bas/sdk';
import type { surveyedServices, surveyElements } from './api/survey.ts';

type Element = (typeof surveyElements)[number];
type Service = (typeof surveyedServices)[number];

const id = {
  title: 'Survei Kepuasan Masyarakat',
  intro: 'Nilai layanan yang baru Anda terima. Jawaban Anda tanpa nama.',
  service: 'Layanan yang dinilai',
  choose: 'Pilih…',
  scale: ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'],
  comment: 'Saran (tidak wajib)',
  submit: 'Kirim penilaian',
  sending: 'Mengirim…',
  incomplete: 'Pilih layanan dan beri nilai pada setiap unsur.',
  thanks: 'Terima kasih atas penilaian Anda.',
  result: (score: number, grade: string, respondents: number) =>
    `Indeks kepuasan layanan ini: ${score} (mutu ${grade}) dari ${respondents} responden.`,
  again: 'Nilai layanan lain',
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
  } satisfies Record<Element, string>,
  services: {
    disdukcapil: 'Disdukcapil: dokumen kependudukan',
    dpmptsp: 'DPMPTSP: perizinan',
    dinkes: 'Dinas Kesehatan: puskesmas',
    bapenda: 'Bapenda: pajak daerah',
    rsud: 'RSUD Kota Bogor',
  } satisfies Record<Service, string>,
};

const en: typeof id = {
  title: 'Public Satisfaction Survey',
  intro: 'Rate the service you just received. Your answer is anonymous.',
  service: 'Service rated',
  choose: 'Choose…',
  scale: ['Poor', 'Fair', 'Good', 'Very good'],
  comment: 'Suggestion (optional)',
  submit: 'Send rating',
  sending: 'Sending…',
  incomplete: 'Choose a service and rate every element.',
  thanks: 'Thank you for your rating.',
  result: (score, grade, respondents) =>
    `Satisfaction index of this service: ${score} (grade ${grade}) from ${respondents} respondents.`,
  again: 'Rate another service',
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
  services: {
    disdukcapil: 'Disdukcapil: civil registry documents',
    dpmptsp: 'DPMPTSP: permits',
    dinkes: 'Health office: community health centres',
    bapenda: 'Bapenda: local taxes',
    rsud: 'Kota Bogor general hospital',
  },
};

export const texts: Record<Locale, typeof id> = { id, en };
