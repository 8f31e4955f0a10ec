import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthService } from '../contract.ts';
import type { ManifestEntry } from '@bas/manifest';
import { bearerUser, fakeAccessToken } from '../testing/bearerUser.ts';
import { createTestContext } from '../testing/createTestContext.ts';
import { testEntry } from '../testing/testEntry.fixture.ts';
import { ApiError } from './ApiError.ts';
import { createApiClient } from './createApiClient.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const rina = { username: 'asn.bkpsdm', name: 'Rina', roles: ['asn'], agency: 'bkpsdm' };
/** The auth service of an app whose entry names bkpsdm.test as its API, as every host builds it. */
function authAs(token: string | undefined): AuthService {
  const entry = { ...testEntry(), apiOrigins: ['http://bkpsdm.test'] } as ManifestEntry;
  return createTestContext({ entry, ...(token === undefined ? {} : { user: rina, accessToken: token }) })
    .context.auth;
}
const options = { baseUrl: 'http://bkpsdm.test/api/', service: 'BKPSDM' };

describe('createApiClient', () => {
  it("sends the shell's access token, which names the person to the agency API", async () => {
    server.use(http.get('*/api/saya', ({ request }) => HttpResponse.json(bearerUser(request))));
    const api = createApiClient(authAs(fakeAccessToken(rina)), options);
    expect(await api.get('saya')).toEqual({ username: 'asn.bkpsdm', roles: ['asn'], agency: 'bkpsdm' });
  });

  it("refuses to send the token outside the app's apiOrigins, before anything leaves", async () => {
    let sent = 0;
    server.use(
      http.get('*/curi', () => {
        sent += 1;
        return HttpResponse.json({});
      }),
    );
    const api = createApiClient(authAs(fakeAccessToken(rina)), {
      baseUrl: 'http://pengumpul.test/',
      service: 'Pengumpul',
    });
    await expect(api.get('curi')).rejects.toThrow(
      'asked for its access token for http://pengumpul.test, which is not one of its API origins (http://bkpsdm.test)',
    );
    expect(sent).toBe(0);
  });

  it("fails with the API's own message and status", async () => {
    server.use(
      http.post('*/api/cuti', () =>
        HttpResponse.json({ message: 'Sisa cuti tidak cukup.' }, { status: 422 }),
      ),
    );
    const call = createApiClient(authAs(fakeAccessToken(rina)), options).post('cuti', { days: 30 });
    await expect(call).rejects.toEqual(new ApiError('Sisa cuti tidak cukup.', 422));
  });

  it('names the service when it cannot be reached or answers without a message', async () => {
    server.use(http.get('*/api/mati', () => HttpResponse.error()));
    server.use(http.get('*/api/rusak', () => new HttpResponse('<html>', { status: 502 })));
    const api = createApiClient(authAs(fakeAccessToken(rina)), options);
    await expect(api.get('mati')).rejects.toMatchObject({
      status: 0,
      message: expect.stringContaining('Layanan BKPSDM tidak dapat dihubungi'),
    });
    await expect(api.get('rusak')).rejects.toMatchObject({
      status: 502,
      message: expect.stringContaining('HTTP 502'),
    });
  });

  it('refuses an answer that is not JSON instead of passing it on as data', async () => {
    server.use(
      http.get(
        '*/api/saya',
        () => new HttpResponse('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      ),
    );
    await expect(createApiClient(authAs(fakeAccessToken(rina)), options).get('saya')).rejects.toMatchObject({
      status: 200,
      message: expect.stringContaining('format yang tidak dikenal'),
    });
  });

  it('calls without a token when nobody is signed in, and the API decides', async () => {
    server.use(
      http.get('*/api/saya', ({ request }) =>
        HttpResponse.json({ authorization: request.headers.get('authorization') }),
      ),
    );
    expect(await createApiClient(authAs(undefined), options).get('saya')).toEqual({ authorization: null });
  });

  it('gives mocks nobody for a request without a well-formed token', () => {
    const request = (authorization: string) => new Request('http://x.test/', { headers: { authorization } });
    expect(bearerUser(request('Bearer rusak'))).toBeUndefined();
    expect(bearerUser(request('Basic abc.def.'))).toBeUndefined();
  });
});
