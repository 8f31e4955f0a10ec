import * as z from 'zod/mini';

/** A permit application number as DPMPTSP prints it on the receipt: `IZN-2027-000123`. */
export const applicationNumber = z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.regex(/^IZN-\d{4}-\d{6}$/, {
    error: 'Nomor permohonan seperti IZN-2027-000123 / like IZN-2027-000123',
  }),
);

export type PermitStage = 'diterima' | 'verifikasi' | 'survei' | 'penerbitan' | 'terbit' | 'ditolak';

/** Where an application is, stage by stage. */
export interface PermitStatus {
  number: string;
  permit: string;
  applicant: string;
  stage: PermitStage;
  stages: { stage: PermitStage; at: string }[];
}
