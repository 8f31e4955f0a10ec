import { bearerUser } from '@bas/sdk/testing';
import { http, HttpResponse } from 'msw';
import { documentRequestSchema, type SubmittedRequest } from '../api/documentRequest.ts';

const unauthorized = () =>
  HttpResponse.json({ message: 'Masuk dulu: permintaan ini perlu token akses.' }, { status: 401 });

/**
 * Disdukcapil's request API, in memory: each applicant sees only their own requests. Every request starts as
 * `diterima` (received) and is verified a moment later, so the status page has a history to show.
 */
export function createHandlers() {
  const requests = new Map<string, SubmittedRequest & { applicant: string }>();
  let sequence = 0;
  const strip = ({ applicant: _applicant, ...request }: SubmittedRequest & { applicant: string }) => request;
  return [
    http.get('*/api/permohonan', ({ request }) => {
      const applicant = bearerUser(request)?.username;
      if (applicant === undefined) return unauthorized();
      const own = [...requests.values()].filter((item) => item.applicant === applicant).reverse();
      return HttpResponse.json({ requests: own.map(strip) });
    }),
    http.get('*/api/permohonan/:id', ({ request, params }) => {
      const applicant = bearerUser(request)?.username;
      if (applicant === undefined) return unauthorized();
      const found = requests.get(String(params.id));
      // Someone else's request is answered like a missing one: its existence is nobody else's business.
      if (found?.applicant !== applicant) {
        return HttpResponse.json(
          { message: `Permohonan ${String(params.id)} tidak ditemukan.` },
          { status: 404 },
        );
      }
      return HttpResponse.json(strip(found));
    }),
    http.post('*/api/permohonan', async ({ request }) => {
      const applicant = bearerUser(request)?.username;
      if (applicant === undefined) return unauthorized();
      const parsed = documentRequestSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return HttpResponse.json(
          { message: `${issue?.path.join('.') ?? 'permohonan'}: ${issue?.message ?? 'tidak valid'}` },
          { status: 400 },
        );
      }
      sequence += 1;
      const now = new Date();
      const id = `DK-${now.getFullYear()}-${String(sequence).padStart(5, '0')}`;
      const later = new Date(now.getTime() + 60_000).toISOString();
      const stored = {
        id,
        applicant,
        kind: parsed.data.kind,
        fullName: parsed.data.fullName,
        nikSuffix: parsed.data.nik.slice(-4),
        status: 'diverifikasi' as const,
        submittedAt: now.toISOString(),
        history: [
          { status: 'diterima' as const, at: now.toISOString(), note: 'Permohonan diterima sistem.' },
          { status: 'diverifikasi' as const, at: later, note: 'Berkas sedang diverifikasi petugas.' },
        ],
      };
      requests.set(id, stored);
      return HttpResponse.json(strip(stored), { status: 201 });
    }),
  ];
}
