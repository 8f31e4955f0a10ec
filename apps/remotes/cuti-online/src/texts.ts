import type { Locale } from '@bas/sdk';
import type { FiledLeave, LeaveType } from './api/leave.ts';

const id = {
  balance: 'Sisa cuti tahunan',
  balanceLine: (remaining: number, entitlement: number, pending: number) =>
    `${remaining} dari ${entitlement} hari kerja${pending > 0 ? ` (${pending} hari menunggu persetujuan)` : ''}`,
  request: 'Ajukan cuti',
  type: 'Jenis cuti',
  choose: 'Pilih…',
  start: 'Mulai',
  end: 'Selesai',
  reason: 'Alasan',
  days: (days: number) => `${days} hari kerja`,
  submit: 'Ajukan',
  sending: 'Mengajukan…',
  filed: (days: number) => `Permohonan cuti ${days} hari kerja diajukan ke atasan Anda.`,
  history: 'Riwayat permohonan',
  none: 'Belum ada permohonan tahun ini.',
  loading: 'Memuat…',
  retry: 'Coba lagi',
  errors: {
    type: 'Pilih jenis cuti',
    start: 'Isi tanggal mulai cuti',
    end: 'Isi tanggal selesai cuti',
    reason: 'Tulis alasannya, minimal 5 huruf',
  },
  endBeforeStart: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
  types: {
    tahunan: 'Cuti tahunan',
    sakit: 'Cuti sakit',
    'alasan-penting': 'Cuti karena alasan penting',
    besar: 'Cuti besar',
  } satisfies Record<LeaveType, string>,
  statuses: { menunggu: 'Menunggu', disetujui: 'Disetujui', ditolak: 'Ditolak' } satisfies Record<
    FiledLeave['status'],
    string
  >,
};

const en: typeof id = {
  balance: 'Annual leave left',
  balanceLine: (remaining, entitlement, pending) =>
    `${remaining} of ${entitlement} working days${pending > 0 ? ` (${pending} days awaiting approval)` : ''}`,
  request: 'Request leave',
  type: 'Kind of leave',
  choose: 'Choose…',
  start: 'From',
  end: 'Until',
  reason: 'Reason',
  days: (days) => `${days} working days`,
  submit: 'Request',
  sending: 'Requesting…',
  filed: (days) => `Leave of ${days} working days requested from your superior.`,
  history: 'Requests',
  none: 'No requests this year.',
  loading: 'Loading…',
  retry: 'Try again',
  errors: {
    type: 'Choose a kind of leave',
    start: 'Enter the first day of leave',
    end: 'Enter the last day of leave',
    reason: 'Give the reason, at least 5 letters',
  },
  endBeforeStart: 'The last day cannot be before the first',
  types: {
    tahunan: 'Annual leave',
    sakit: 'Sick leave',
    'alasan-penting': 'Compassionate leave',
    besar: 'Long service leave',
  },
  statuses: { menunggu: 'Pending', disetujui: 'Approved', ditolak: 'Refused' },
};

export const texts: Record<Locale, typeof id> = { id, en };
