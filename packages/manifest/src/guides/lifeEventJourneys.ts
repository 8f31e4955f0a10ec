import type { LifeEventJourney } from './lifeEventJourneySchema.ts';

/**
 * Life events as journeys, checked against the catalog by the manifest's tests. Written with Disdukcapil's and the
 * other agencies' own requirement lists; an event without a journey here is shown as the list of its services.
 */
export const lifeEventJourneys: readonly LifeEventJourney[] = [
  {
    event: 'kelahiran',
    intro: {
      id: 'Setelah anak lahir, tiga dokumen dibuat berurutan: akta kelahiran, lalu Kartu Keluarga yang memuat anak, lalu Kartu Identitas Anak.',
      en: "After a child is born, three documents follow in order: the birth certificate, then the family card with the child on it, then the child's ID card.",
    },
    steps: [
      {
        title: { id: 'Akta kelahiran', en: 'Birth certificate' },
        app: 'akta-kelahiran',
        needs: [
          {
            id: 'Surat keterangan lahir dari bidan, puskesmas, atau rumah sakit',
            en: 'The birth letter from the midwife, clinic or hospital',
          },
          { id: 'Kartu Keluarga orang tua', en: "The parents' family card" },
          { id: 'KTP-el kedua orang tua', en: "Both parents' ID cards" },
          { id: 'Buku nikah atau akta perkawinan', en: 'The marriage book or certificate' },
        ],
        next: {
          id: 'Akta terbit dalam 1-3 hari kerja dan dikirim sebagai PDF bertanda tangan elektronik; cetak sendiri di kertas A4.',
          en: 'The certificate is issued within 1-3 working days as an electronically signed PDF; print it yourself on A4 paper.',
        },
      },
      {
        title: { id: 'Kartu Keluarga baru', en: 'Updated family card' },
        app: 'dokumen-kependudukan',
        path: 'baru?jenis=kk',
        needs: [
          { id: 'Akta kelahiran anak (langkah 1)', en: "The child's birth certificate (step 1)" },
          {
            id: 'Nomor KK dan NIK kepala keluarga',
            en: 'The family card number and the head of family’s NIK',
          },
        ],
        next: {
          id: 'KK baru memuat anak dan mendapat nomor NIK anak; siap dalam 1-2 hari kerja.',
          en: 'The new family card lists the child and gives the child a NIK; ready within 1-2 working days.',
        },
      },
      {
        title: { id: 'Kartu Identitas Anak (KIA)', en: "Child's ID card (KIA)" },
        app: 'dokumen-kependudukan',
        path: 'baru?jenis=kia',
        needs: [
          {
            id: 'NIK anak dari KK baru (langkah 2)',
            en: "The child's NIK from the new family card (step 2)",
          },
          {
            id: 'Pasfoto anak, bila berusia 5 tahun ke atas',
            en: 'A passport photo of the child, if 5 or older',
          },
        ],
        next: {
          id: 'KIA dicetak dan dapat diambil di kantor Disdukcapil atau kelurahan; Anda diberi tahu di Permohonan saya.',
          en: 'The card is printed for collection at Disdukcapil or your kelurahan office; you are told in My requests.',
        },
      },
      {
        title: { id: 'Imunisasi di posyandu', en: 'Immunisation at the posyandu' },
        app: 'jadwal-posyandu',
        needs: [
          { id: 'Buku KIA (buku pink) dari bidan', en: 'The mother-and-child health book from the midwife' },
        ],
        next: {
          id: 'Datang sesuai jadwal posyandu terdekat setiap bulan.',
          en: 'Come to the nearest posyandu on its schedule every month.',
        },
      },
    ],
  },
  {
    event: 'kematian',
    intro: {
      id: 'Saat anggota keluarga meninggal: catat kematiannya, perbarui KK, lalu urus pemakaman dan pajak rumahnya.',
      en: 'When a family member dies: register the death, update the family card, then arrange the burial and the house tax.',
    },
    steps: [
      {
        title: { id: 'Akta kematian', en: 'Death certificate' },
        app: 'akta-kematian',
        needs: [
          {
            id: 'Surat keterangan kematian dari rumah sakit atau kelurahan',
            en: 'The death letter from the hospital or kelurahan',
          },
          { id: 'KTP-el dan KK almarhum', en: "The deceased's ID card and family card" },
          { id: 'KTP-el pelapor', en: "The reporting person's ID card" },
        ],
        next: {
          id: 'Akta terbit dalam 1-3 hari kerja sebagai PDF bertanda tangan elektronik.',
          en: 'The certificate is issued within 1-3 working days as an electronically signed PDF.',
        },
      },
      {
        title: { id: 'Kartu Keluarga baru', en: 'Updated family card' },
        app: 'dokumen-kependudukan',
        path: 'baru?jenis=kk',
        needs: [{ id: 'Akta kematian (langkah 1)', en: 'The death certificate (step 1)' }],
        next: {
          id: 'KK baru tanpa nama almarhum siap dalam 1-2 hari kerja.',
          en: 'The new family card without the deceased is ready within 1-2 working days.',
        },
      },
      {
        title: { id: 'Izin pemakaman', en: 'Burial permit' },
        app: 'izin-pemakaman',
        needs: [{ id: 'Surat keterangan kematian', en: 'The death letter' }],
        next: {
          id: 'Izin terbit pada hari yang sama untuk TPU milik kota.',
          en: 'The permit is issued the same day for the city’s cemeteries.',
        },
      },
      {
        title: { id: 'Balik nama PBB', en: 'Property tax in the heir’s name' },
        app: 'mutasi-pbb',
        needs: [
          {
            id: 'Akta kematian dan surat keterangan ahli waris',
            en: 'The death certificate and the statement of heirs',
          },
          { id: 'SPPT PBB terakhir', en: 'The latest property tax bill' },
        ],
        next: {
          id: 'SPPT tahun berikutnya terbit atas nama ahli waris.',
          en: "Next year's bill is issued in the heir's name.",
        },
      },
    ],
  },
  {
    event: 'pindah-domisili',
    intro: {
      id: 'Pindah ke atau di dalam Kota Bogor: urus surat pindah, perbarui KK dan KTP-el, lalu sekolah anak.',
      en: "Moving to or within Kota Bogor: get the moving letter, update the family card and ID card, then the children's school.",
    },
    steps: [
      {
        title: { id: 'Surat pindah datang', en: 'Moving registration' },
        app: 'pindah-datang',
        needs: [
          {
            id: 'Surat keterangan pindah (SKPWNI) dari daerah asal',
            en: 'The moving letter (SKPWNI) from your previous city',
          },
          { id: 'KTP-el dan KK', en: 'Your ID card and family card' },
        ],
        next: {
          id: 'Kedatangan dicatat dalam 1 hari kerja; lanjutkan ke KK baru.',
          en: 'Your arrival is registered within 1 working day; go on to the new family card.',
        },
      },
      {
        title: { id: 'KK dan KTP-el dengan alamat baru', en: 'Family card and ID card with the new address' },
        app: 'dokumen-kependudukan',
        path: 'baru?jenis=kk',
        needs: [{ id: 'Surat pindah datang (langkah 1)', en: 'The moving registration (step 1)' }],
        next: {
          id: 'KK baru siap dalam 1-2 hari kerja; KTP-el dicetak ulang dengan alamat baru.',
          en: 'The family card is ready within 1-2 working days; the ID card is reprinted with the new address.',
        },
      },
      {
        title: { id: 'Mutasi sekolah anak', en: "The children's school transfer" },
        app: 'mutasi-siswa',
        needs: [
          { id: 'Surat pindah dari sekolah asal', en: 'The transfer letter from the previous school' },
          { id: 'KK dengan alamat baru (langkah 2)', en: 'The family card with the new address (step 2)' },
        ],
        next: {
          id: 'Dinas Pendidikan menunjuk sekolah dalam 5 hari kerja.',
          en: 'The education office assigns a school within 5 working days.',
        },
      },
    ],
  },
  {
    event: 'memulai-usaha',
    intro: {
      id: 'Memulai usaha: daftarkan usaha Anda, urus NIB, lalu sertifikat yang diperlukan produk Anda.',
      en: 'Starting a business: register it, get your business number (NIB), then the certificates your products need.',
    },
    steps: [
      {
        title: { id: 'Pendaftaran UMKM', en: 'Small business registration' },
        app: 'daftar-umkm',
        needs: [
          { id: 'KTP-el pemilik', en: "The owner's ID card" },
          { id: 'Alamat dan foto tempat usaha', en: 'The address and a photo of the premises' },
        ],
        next: {
          id: 'Usaha Anda masuk Direktori UMKM dan dapat ikut pelatihan serta pameran kota.',
          en: "Your business joins the city's small business directory, its training and its fairs.",
        },
      },
      {
        title: { id: 'Nomor Induk Berusaha (NIB)', en: 'Business identification number (NIB)' },
        app: 'oss',
        needs: [
          { id: 'NIK dan NPWP pemilik', en: "The owner's NIK and tax number" },
          { id: 'Kode KBLI kegiatan usaha', en: 'The KBLI code of the business activity' },
        ],
        next: {
          id: 'NIB terbit seketika di OSS untuk usaha risiko rendah.',
          en: 'The NIB is issued at once on OSS for low-risk businesses.',
        },
      },
      {
        title: { id: 'Sertifikasi halal', en: 'Halal certification' },
        app: 'sihalal',
        needs: [
          { id: 'NIB (langkah 2)', en: 'The NIB (step 2)' },
          { id: 'Daftar bahan dan proses produksi', en: 'The ingredients and production process' },
        ],
        next: {
          id: 'Untuk usaha mikro, pernyataan mandiri halal diperiksa pendamping dalam 12 hari kerja.',
          en: 'For micro businesses, the self-declaration is checked by a facilitator within 12 working days.',
        },
      },
    ],
  },
];
