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
export const complaintSchema = z
  .object({
    category: z.enum(complaintCategories, { error: 'Pilih kategori / choose a category' }),
    kecamatan: z.enum(kecamatan, { error: 'Pilih kecamatan / choose a district' }),
    /** Street and landmark; required when no pin was dropped (checked below, with the pin). */
    location: z.string().check(z.trim(), z.maxLength(200)),
    /** The pin dropped on the map or taken from the device's location. */
    coordinates: z.optional(
      z.object({
        lat: z.number().check(z.gte(-90), z.lte(90)),
        lng: z.number().check(z.gte(-180), z.lte(180)),
      }),
    ),
    description: z
      .string()
      .check(
        z.trim(),
        z.minLength(20, { error: 'Ceritakan minimal 20 huruf / at least 20 letters' }),
        z.maxLength(2000),
      ),
    /**
     * A photo as a base64 data URL: the API client sends JSON only. The browser sends it re-encoded as JPEG
     * without metadata (src/photo); the API checks the bytes themselves (src/mocks/checkUploadedPhoto.ts).
     */
    photo: z.optional(
      z
        .string()
        .check(z.regex(/^data:[\w/+.-]+;base64,/, { error: 'Foto tidak terbaca / unreadable photo' })),
    ),
  })
  .check(
    z.refine((complaint) => complaint.coordinates !== undefined || complaint.location.length >= 5, {
      path: ['location'],
      error: 'Sebutkan lokasinya (jalan, patokan) atau tandai di peta / say where it is or pin it on the map',
      // Also while other fields are wrong, so every mistake shows at once.
      when: (payload) => typeof (payload.value as { location?: unknown } | undefined)?.location === 'string',
    }),
  );

export type Complaint = z.infer<typeof complaintSchema>;
export type Coordinates = NonNullable<Complaint['coordinates']>;

/** The steps every complaint goes through, in order. */
export const complaintSteps = ['diterima', 'diverifikasi', 'ditangani', 'selesai'] as const;
export type ComplaintStatus = (typeof complaintSteps)[number];

/** One step of a complaint's timeline; `at` once the step is reached. */
export interface TimelineStep {
  step: ComplaintStatus;
  at?: string;
}

/** A filed complaint with its ticket number and where it stands. The photo stays with the desk. */
export interface FiledComplaint extends Omit<Complaint, 'photo'> {
  ticket: string;
  /** The step reached last. */
  status: ComplaintStatus;
  /** Every step, in order, the ones not reached yet without a date. */
  timeline: TimelineStep[];
  hasPhoto: boolean;
  /** The agency the complaint was forwarded to. */
  handledBy: string;
  filedAt: string;
}
