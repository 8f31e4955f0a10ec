import type { Locale } from '@bas/sdk';

export interface Announcement {
  id: string;
  date: string;
  title: Record<Locale, string>;
  body: Record<Locale, string>;
}

/** Sample data; the agency's API replaces it when the app talks to a real backend. */
export const announcements: Announcement[] = [
  {
    id: 'car-free-day',
    date: '2026-12-06',
    title: {
      id: 'Car Free Day di Jalan Sudirman',
      en: 'Car Free Day on Jalan Sudirman',
    },
    body: {
      id: 'Jalan Sudirman ditutup untuk kendaraan bermotor setiap Minggu pukul 06.00–09.00 WIB.',
      en: 'Jalan Sudirman is closed to motor vehicles every Sunday from 06:00 to 09:00 WIB.',
    },
  },
  {
    id: 'pbb-2027',
    date: '2026-12-01',
    title: {
      id: 'Pembayaran PBB 2027 dibuka',
      en: 'Property tax (PBB) 2027 payments open',
    },
    body: {
      id: 'Tagihan PBB 2027 dapat dibayar melalui bank, kantor pos, dan dompet digital mulai 2 Januari.',
      en: 'PBB 2027 bills can be paid at banks, post offices and e-wallets from 2 January.',
    },
  },
  {
    id: 'posyandu',
    date: '2026-11-25',
    title: {
      id: 'Jadwal Posyandu bulan Desember',
      en: 'Posyandu schedule for December',
    },
    body: {
      id: 'Jadwal posyandu tiap kelurahan tersedia di puskesmas terdekat dan di kantor kelurahan.',
      en: 'Each kelurahan’s posyandu schedule is available at the nearest puskesmas and the kelurahan office.',
    },
  },
];
