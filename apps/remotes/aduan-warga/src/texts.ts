import type { Locale } from '@bas/sdk';
import type { ComplaintCategory, ComplaintStatus } from './api/complaint.ts';

const id = {
  title: 'Sampaikan aduan',
  category: 'Kategori',
  kecamatan: 'Kecamatan',
  choose: 'Pilih…',
  location: 'Lokasi (nama jalan, patokan)',
  description: 'Apa yang terjadi?',
  submit: 'Kirim aduan',
  sending: 'Mengirim…',
  fixErrors: 'Periksa isian yang ditandai.',
  filed: (ticket: string, agency: string) => `Aduan ${ticket} diteruskan ke ${agency}.`,
  mine: 'Aduan saya',
  none: 'Anda belum pernah mengirim aduan.',
  loading: 'Memuat…',
  retry: 'Coba lagi',
  handledBy: 'ditangani',
  categories: {
    jalan: 'Jalan rusak',
    sampah: 'Sampah',
    penerangan: 'Lampu jalan',
    banjir: 'Banjir dan drainase',
    pelayanan: 'Pelayanan publik',
    lainnya: 'Lainnya',
  } satisfies Record<ComplaintCategory, string>,
  statuses: {
    diterima: 'Diterima',
    diteruskan: 'Diteruskan',
    ditindaklanjuti: 'Ditindaklanjuti',
    selesai: 'Selesai',
  } satisfies Record<ComplaintStatus, string>,
};

const en: typeof id = {
  title: 'File a complaint',
  category: 'Category',
  kecamatan: 'District',
  choose: 'Choose…',
  location: 'Location (street, landmark)',
  description: 'What happened?',
  submit: 'Send complaint',
  sending: 'Sending…',
  fixErrors: 'Check the marked fields.',
  filed: (ticket, agency) => `Complaint ${ticket} forwarded to ${agency}.`,
  mine: 'My complaints',
  none: 'You have not filed a complaint yet.',
  loading: 'Loading…',
  retry: 'Try again',
  handledBy: 'handled by',
  categories: {
    jalan: 'Damaged road',
    sampah: 'Rubbish',
    penerangan: 'Street lights',
    banjir: 'Flooding and drainage',
    pelayanan: 'Public service',
    lainnya: 'Other',
  },
  statuses: {
    diterima: 'Received',
    diteruskan: 'Forwarded',
    ditindaklanjuti: 'In progress',
    selesai: 'Resolved',
  },
};

export const texts: Record<Locale, typeof id> = { id, en };
