import { bearerUser } from '@bas/sdk/testing';
import { http, HttpResponse } from 'msw';
import { leaveRequestSchema, workingDays, type FiledLeave } from '../api/leave.ts';

/** Annual leave of a civil servant (PP 11/2017): 12 working days a year. */
const entitlement = 12;

/**
 * BKPSDM's leave API in memory. Only civil servants (role `asn`) may use it; each sees their own requests, and
 * annual leave beyond what remains is refused with the numbers. Everyone starts the year with 3 days taken.
 */
export function createHandlers() {
  const requests = new Map<string, FiledLeave[]>();
  const civilServant = (request: Request) => {
    const user = bearerUser(request);
    if (user === undefined) {
      return { refused: HttpResponse.json({ message: 'Masuk dulu sebagai ASN.' }, { status: 401 }) };
    }
    if (!user.roles.includes('asn')) {
      return { refused: HttpResponse.json({ message: 'Cuti Online hanya untuk ASN.' }, { status: 403 }) };
    }
    return { username: user.username };
  };
  const balanceOf = (username: string) => {
    const own = requests.get(username) ?? [];
    const annual = own.filter((item) => item.type === 'tahunan');
    const sum = (status: FiledLeave['status']) =>
      annual.filter((item) => item.status === status).reduce((total, item) => total + item.workingDays, 0);
    const taken = 3 + sum('disetujui');
    const pending = sum('menunggu');
    return {
      year: new Date().getFullYear(),
      entitlement,
      taken,
      pending,
      remaining: entitlement - taken - pending,
    };
  };
  return [
    http.get('*/api/cuti/saldo', ({ request }) => {
      const who = civilServant(request);
      return who.refused ?? HttpResponse.json(balanceOf(who.username));
    }),
    http.get('*/api/cuti', ({ request }) => {
      const who = civilServant(request);
      return (
        who.refused ?? HttpResponse.json({ requests: [...(requests.get(who.username) ?? [])].reverse() })
      );
    }),
    http.post('*/api/cuti', async ({ request }) => {
      const who = civilServant(request);
      if (who.refused) return who.refused;
      const parsed = leaveRequestSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return HttpResponse.json({ message: issue?.message ?? 'Permohonan tidak valid.' }, { status: 400 });
      }
      const days = workingDays(parsed.data.start, parsed.data.end);
      if (days === 0) {
        return HttpResponse.json({ message: 'Rentang itu tidak berisi hari kerja.' }, { status: 422 });
      }
      const { remaining } = balanceOf(who.username);
      if (parsed.data.type === 'tahunan' && days > remaining) {
        return HttpResponse.json(
          { message: `Sisa cuti tahunan Anda ${remaining} hari kerja; permohonan ini ${days} hari kerja.` },
          { status: 422 },
        );
      }
      const own = requests.get(who.username) ?? [];
      const filed: FiledLeave = {
        ...parsed.data,
        id: `CUTI-${own.length + 1}`,
        workingDays: days,
        status: 'menunggu',
      };
      requests.set(who.username, [...own, filed]);
      return HttpResponse.json(filed, { status: 201 });
    }),
  ];
}
