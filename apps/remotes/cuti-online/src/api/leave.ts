import * as z from 'zod/mini';

export const leaveTypes = ['tahunan', 'sakit', 'alasan-penting', 'besar'] as const;
export type LeaveType = (typeof leaveTypes)[number];

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Isi tanggal / fill in a date' }));

/** A leave request as the civil servant fills it in; the browser and the API check it with this schema. */
export const leaveRequestSchema = z
  .object({
    type: z.enum(leaveTypes, { error: 'Pilih jenis cuti / choose a kind of leave' }),
    start: isoDate,
    end: isoDate,
    reason: z
      .string()
      .check(z.trim(), z.minLength(5, { error: 'Tulis alasannya / give the reason' }), z.maxLength(300)),
  })
  .check(
    z.refine((request) => request.end >= request.start, {
      error: 'Tanggal selesai tidak boleh sebelum tanggal mulai / the end cannot be before the start',
      path: ['end'],
    }),
  );

export type LeaveRequest = z.infer<typeof leaveRequestSchema>;

/** A filed request and where it stands with the superior who approves it. */
export interface FiledLeave extends LeaveRequest {
  id: string;
  workingDays: number;
  status: 'menunggu' | 'disetujui' | 'ditolak';
}

/** The civil servant's annual leave this year, in working days. */
export interface LeaveBalance {
  year: number;
  entitlement: number;
  taken: number;
  /** Requested and not yet decided: already held back from what remains. */
  pending: number;
  remaining: number;
}

/** Working days (Monday to Friday) from `start` to `end`, both included; leave is counted in these. */
export function workingDays(start: string, end: string): number {
  let days = 0;
  for (let day = new Date(`${start}T00:00:00Z`); day <= new Date(`${end}T00:00:00Z`);) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
    day = new Date(day.getTime() + 86_400_000);
  }
  return days;
}
