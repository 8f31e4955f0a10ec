import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface ErrorBody {
  code: string;
  message: string;
  path?: string;
}

describe.each(engines)('bad input on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());

  const entry = () => ({ ...seedEntry('antrean-disdukcapil'), version: '5.0.0' });
  const publish = (
    body: unknown,
    options: { as?: (typeof users)[keyof typeof users]; headers?: Record<string, string> } = {},
  ) =>
    registry.call('POST', '/api/apps/antrean-disdukcapil/versions?existingApp=true', {
      as: users.devDisdukcapil,
      body,
      ...options,
    });
  const error = async (response: { status: number; json(): unknown }) => ({
    status: response.status,
    ...(response.json() as ErrorBody),
  });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())(
    'each is a 4xx with { code, message, path? }',
    () => {
      it('malformed JSON', async () => {
        const response = await error(
          await publish('{"id": "antrean', { headers: { 'content-type': 'application/json' } }),
        );
        expect(response).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
        expect(response.message).toContain('not valid JSON');
      });

      it('wrong types, named by their path', async () => {
        const response = await error(
          await publish({ ...entry(), spbe: { ...entry().spbe, indicator: 'empat lima' } }),
        );
        expect(response).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', path: 'spbe.indicator' });
      });

      it('a remote built against an SDK the portal does not provide', async () => {
        const response = await error(await publish({ ...entry(), sdkVersion: '3.0.0' }));
        expect(response).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', path: 'sdkVersion' });
        expect(response.message).toContain('built against @bas/sdk 3.0.0; this portal provides 2.2.0');
      });

      it('an unknown field', async () => {
        expect(await error(await publish({ ...entry(), exposed: './App' }))).toMatchObject({
          status: 400,
          path: 'exposed',
        });
      });

      it('a body over the size limit', async () => {
        const huge = {
          ...entry(),
          keywords: Array.from({ length: 5000 }, (_, index) => `kata-kunci-${index}`),
        };
        expect(await error(await publish(huge))).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
      });

      it('a body that is not JSON at all', async () => {
        const response = await publish('id=antrean', {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(await error(response)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      });

      it('an unknown app or version', async () => {
        expect(
          await error(await registry.call('GET', '/api/apps/tidak-ada', { as: users.admin })),
        ).toMatchObject({ status: 404, code: 'NOT_FOUND' });
        const approve = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions/7.7.7/approve', {
          as: users.admin,
        });
        expect(await error(approve)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
        expect((await registry.call('GET', '/api/tidak-ada')).status).toBe(404);
      });

      it('a forged, expired, foreign, unsigned or wrongly issued token', async () => {
        const me = users.devDisdukcapil;
        for (const token of [
          await registry.idp.sign(me, { forged: true }),
          await registry.idp.sign(me, { expiresIn: '-1m' }),
          await registry.idp.sign(me, { audience: 'another-client' }),
          'not-a-jwt',
        ]) {
          const response = await registry.call('GET', '/api/manifest', {
            headers: { authorization: `Bearer ${token}` },
          });
          expect(await error(response)).toMatchObject({ status: 401, code: 'TOKEN_INVALID' });
        }
        const expired = await registry.call('GET', '/api/manifest', {
          headers: { authorization: `Bearer ${await registry.idp.sign(me, { expiresIn: '-1m' })}` },
        });
        expect((expired.json() as ErrorBody).message).toContain('expired');
      });

      it('publishing without signing in', async () => {
        const response = await registry.call(
          'POST',
          '/api/apps/antrean-disdukcapil/versions?existingApp=true',
          {
            body: entry(),
          },
        );
        expect(await error(response)).toMatchObject({ status: 401, code: 'TOKEN_MISSING' });
      });

      it('a developer publishing for another agency', async () => {
        const other = { ...seedEntry('simpeg'), version: '9.9.9' };
        const response = await registry.call('POST', '/api/apps/simpeg/versions?existingApp=true', {
          as: users.devDisdukcapil,
          body: other,
        });
        const body = await error(response);
        expect(body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        expect(body.message).toContain('this app belongs to bkpsdm');
      });

      it('a citizen or a developer doing an admin’s work', async () => {
        for (const who of [users.warga, users.devDisdukcapil, users.asnDisdukcapil]) {
          const response = await registry.call('POST', '/api/apps/antrean-disdukcapil/disable', { as: who });
          expect(await error(response)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        }
      });

      it('a version that exists, a route another app uses, a disabled status', async () => {
        expect((await publish(entry())).status).toBe(201);
        expect(await error(await publish(entry()))).toMatchObject({
          status: 409,
          code: 'VERSION_EXISTS',
          path: 'version',
        });
        expect(
          await error(await publish({ ...entry(), version: '5.0.1', route: 'akta-kelahiran' })),
        ).toMatchObject({
          status: 409,
          code: 'ROUTE_TAKEN',
        });
        expect(
          await error(await publish({ ...entry(), version: '5.0.2', status: 'disabled' })),
        ).toMatchObject({
          status: 400,
          path: 'status',
        });
      });

      it('an entry whose id differs from the URL', async () => {
        const response = await publish({ ...entry(), id: 'akta-kelahiran' });
        expect(await error(response)).toMatchObject({ status: 400, path: 'id' });
      });

      it('a plain-http entry URL on a public host', async () => {
        const response = await publish({
          ...entry(),
          version: '5.1.0',
          manifestUrl: 'http://apps.example.org/mf-manifest.json',
        });
        expect(await error(response)).toMatchObject({ status: 400, path: 'manifestUrl' });
      });

      it('a bad query', async () => {
        const response = await registry.call('GET', '/api/audit?limit=zillion', { as: users.admin });
        expect(await error(response)).toMatchObject({
          status: 400,
          code: 'VALIDATION_FAILED',
          path: 'querystring.limit',
        });
      });
    },
  );
});
