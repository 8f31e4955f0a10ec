import { bearerUser } from '@bas/sdk/testing';
import { http, HttpResponse } from 'msw';
import {
  complaintSchema,
  complaintSteps,
  type ComplaintCategory,
  type FiledComplaint,
} from '../api/complaint.ts';
import { checkUploadedPhoto } from './checkUploadedPhoto.ts';

/** Which agency follows up each category, as the city's complaint desk routes them. */
const routing: Record<ComplaintCategory, string> = {
  jalan: 'DPUPR',
  sampah: 'DLH',
  penerangan: 'Disperumkim',
  banjir: 'DPUPR',
  pelayanan: 'Inspektorat',
  lainnya: 'Diskominfo',
};

const unauthorized = () =>
  HttpResponse.json({ message: 'Masuk dulu: permintaan ini perlu token akses.' }, { status: 401 });

/** The complaint desk's API in memory: each citizen sees their own complaints, newest first. */
export function createHandlers() {
  const complaints: (FiledComplaint & { citizen: string })[] = [];
  const strip = ({ citizen: _citizen, ...complaint }: FiledComplaint & { citizen: string }) => complaint;
  return [
    http.get('*/api/aduan', ({ request }) => {
      const citizen = bearerUser(request)?.username;
      if (citizen === undefined) return unauthorized();
      return HttpResponse.json({
        complaints: complaints
          .filter((item) => item.citizen === citizen)
          .reverse()
          .map(strip),
      });
    }),
    http.post('*/api/aduan', async ({ request }) => {
      const citizen = bearerUser(request)?.username;
      if (citizen === undefined) return unauthorized();
      const parsed = complaintSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return HttpResponse.json(
          { message: `${issue?.path.join('.') ?? 'aduan'}: ${issue?.message ?? 'tidak valid'}` },
          { status: 400 },
        );
      }
      const { photo, ...complaint } = parsed.data;
      const refusal = photo === undefined ? undefined : await checkUploadedPhoto(photo);
      if (refusal !== undefined) {
        return HttpResponse.json({ message: refusal.message }, { status: refusal.status });
      }
      const filedAt = new Date().toISOString();
      // The desk keeps the photo for the agency; the citizen's list needs only to know there is one.
      const filed = {
        ...complaint,
        citizen,
        ticket: `ADU-${String(complaints.length + 1).padStart(6, '0')}`,
        status: 'diterima' as const,
        timeline: complaintSteps.map((step) => (step === 'diterima' ? { step, at: filedAt } : { step })),
        hasPhoto: photo !== undefined,
        handledBy: routing[parsed.data.category],
        filedAt,
      };
      complaints.push(filed);
      return HttpResponse.json(strip(filed), { status: 201 });
    }),
  ];
}
