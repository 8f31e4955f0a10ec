import * as z from 'zod/mini';

/** The documents Disdukcapil issues through this service. */
export const documentKinds = ['ktp-el', 'kk', 'kia', 'perubahan-data'] as const;
export type DocumentKind = (typeof documentKinds)[number];

const sixteenDigits = (what: string) =>
  z.string().check(z.regex(/^\d{16}$/, { error: `${what} harus 16 angka / must be 16 digits` }));

/**
 * A request as the applicant fills it in. The same schema checks the form in the browser and the request at the
 * agency's API, so the two can never disagree on what is valid.
 */
export const documentRequestSchema = z.object({
  kind: z.enum(documentKinds, { error: 'Pilih dokumen / choose a document' }),
  nik: sixteenDigits('NIK'),
  familyCardNumber: sixteenDigits('Nomor KK'),
  fullName: z
    .string()
    .check(
      z.trim(),
      z.minLength(3, { error: 'Nama minimal 3 huruf / at least 3 letters' }),
      z.maxLength(100),
    ),
  address: z
    .string()
    .check(
      z.trim(),
      z.minLength(10, { error: 'Alamat minimal 10 huruf / at least 10 letters' }),
      z.maxLength(300),
    ),
  kelurahan: z.string().check(z.trim(), z.minLength(3, { error: 'Isi kelurahan / fill in the kelurahan' })),
  reason: z
    .string()
    .check(z.trim(), z.minLength(5, { error: 'Jelaskan alasannya / give the reason' }), z.maxLength(500)),
});

export type DocumentRequest = z.infer<typeof documentRequestSchema>;

export type RequestStatus = 'diterima' | 'diverifikasi' | 'dicetak' | 'siap-diambil' | 'ditolak';

/** The way a request goes when nothing is wrong; `ditolak` ends it early. */
export const requestStages = ['diterima', 'diverifikasi', 'dicetak', 'siap-diambil'] as const;

/** Working days Disdukcapil commits to for each document, from the day the request arrives. */
export const processingDays: Record<DocumentKind, number> = {
  'ktp-el': 14,
  kk: 7,
  kia: 7,
  'perubahan-data': 14,
};

/** A submitted request, as the agency's API returns it. */
export interface SubmittedRequest {
  id: string;
  kind: DocumentKind;
  fullName: string;
  /** Only the last four digits: the API never sends a full NIK back. */
  nikSuffix: string;
  status: RequestStatus;
  submittedAt: string;
  history: { status: RequestStatus; at: string; note: string }[];
}
