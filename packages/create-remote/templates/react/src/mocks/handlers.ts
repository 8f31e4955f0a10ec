import { bearerUser } from '@bas/sdk/testing';
import { http, HttpResponse } from 'msw';
import type { ServiceRequest } from '../App.tsx';

/**
 * {{agencyName}}'s API, mocked with msw: `bas-remote dev` serves it in the browser, the tests in Node. Each
 * person sees their own requests. Replace it with your agency API's real behaviour.
 *
 * The mock reads who asks from the token without checking it: the harness and the tests use unsigned test tokens.
 * The real API must verify every token before trusting it, as the portal's own mock APIs do (jose):
 *
 *   const jwks = createRemoteJWKSet(new URL('https://sso.kotabogor.go.id/realms/bas/protocol/openid-connect/certs'));
 *   const { payload } = await jwtVerify(token, jwks, {
 *     issuer: 'https://sso.kotabogor.go.id/realms/bas',
 *     audience: 'api-{{agency}}', // refuses tokens for other agencies and for the registry
 *   });
 *
 * `payload.preferred_username`, `payload.realm_access.roles` and `payload.agency` then say who asks.
 */
export function createHandlers() {
  const requests = new Map<string, ServiceRequest[]>();
  return [
    http.get('*/api/requests', ({ request }) => {
      const user = bearerUser(request);
      if (user === undefined) return HttpResponse.json({ message: 'Masuk dulu.' }, { status: 401 });
      return HttpResponse.json({ requests: requests.get(user.username) ?? [] });
    }),
    http.post('*/api/requests', async ({ request }) => {
      const user = bearerUser(request);
      if (user === undefined) return HttpResponse.json({ message: 'Masuk dulu.' }, { status: 401 });
      const body = (await request.json().catch(() => null)) as { subject?: unknown } | null;
      if (typeof body?.subject !== 'string' || body.subject.trim().length < 3) {
        return HttpResponse.json({ message: 'Perihal minimal 3 huruf.' }, { status: 400 });
      }
      const own = requests.get(user.username) ?? [];
      const created: ServiceRequest = {
        id: `R-${own.length + 1}`,
        subject: body.subject.trim(),
        status: 'baru',
      };
      requests.set(user.username, [...own, created]);
      return HttpResponse.json(created, { status: 201 });
    }),
  ];
}
