import * as z from 'zod/mini';

export const complaintCategories = [
  'jalan',
  'sampah',
  'penerangan',
  'banjir',
  'pelayanan',
  'lainnya',
] as const;
export type ComplaintCategory = (typeof complaintCategories)[number];

/** Kota Bogor's six kecamatan: every complaint is routed to the one it happened in. */
export const kecamatan = [
  'Bogor Barat',
  'Bogor Selatan',
  'Bogor Tengah',
  'Bogor Timur',
  'Bogor Utara',
  'Tanah Sareal',
] as const;

/** A complaint as the citizen writes it; the browser and the API check it with this same schema. */
export const complaintSchema = z.object({
  category: z.enum(complaintCategories, { error: 'Pilih kategori / choose a category' }),
  kecamatan: z.enum(kecamatan, { error: 'Pilih kecamatan / choose a district' }),
  location: z
    .string()
    .check(
      z.trim(),
      z.minLength(5, { error: 'Sebutkan lokasinya (jalan, patokan) / say where it is' }),
      z.maxLength(200),
    ),
  description: z
    .string()
    .check(
      z.trim(),
      z.minLength(20, { error: 'Ceritakan minimal 20 huruf / at least 20 letters' }),
      z.maxLength(2000),
    ),
});

export type Complaint = z.infer<typeof complaintSchema>;
export type ComplaintStatus = 'diterima' | 'diteruskan' | 'ditindaklanjuti' | 'selesai';

/** A filed complaint with its ticket number and where it stands. */
export interface FiledComplaint extends Complaint {
  ticket: string;
  status: ComplaintStatus;
  /** The agency the complaint was forwarded to. */
  handledBy: string;
  filedAt: string;
}
