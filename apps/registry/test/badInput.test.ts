import { sdkVersion } from '@bas/sdk/version';
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
        expect(response.message).toContain(
          `built against @bas/sdk 3.0.0; this portal provides ${sdkVersion}`,
        );
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

      /** Requests as broken clients and attackers send them, and what each is told. */
      const malformed: Array<{
        what: string;
        send: () => ReturnType<TestRegistry['call']>;
        status: number;
        code: string;
        message: string;
        path?: string;
      }> = [
        {
          what: 'a complete entry sent as text/plain',
          send: () =>
            publish(JSON.stringify(entry()), { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
          status: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message:
            'The body was sent as "text/plain; charset=utf-8"; the registry reads JSON: send it with "Content-Type: application/json".',
          path: 'headers.content-type',
        },
        {
          what: 'an empty body said to be JSON',
          send: () => publish('', { headers: { 'content-type': 'application/json' } }),
          status: 400,
          code: 'BAD_REQUEST',
          message: 'The body is empty, but "Content-Type: application/json" says JSON follows',
        },
        {
          what: 'a "__proto__" key',
          send: () =>
            publish(`{"id":"antrean-disdukcapil","owner":{"__proto__":{"admin":true}}}`, {
              headers: { 'content-type': 'application/json' },
            }),
          status: 400,
          code: 'BAD_REQUEST',
          message: 'The key "__proto__" is not allowed in a request body (found at owner.__proto__)',
          path: 'body.owner.__proto__',
        },
        {
          what: 'a "constructor.prototype" key',
          send: () =>
            publish(`{"keywords":[{"constructor":{"prototype":{"admin":true}}}]}`, {
              headers: { 'content-type': 'application/json' },
            }),
          status: 400,
          code: 'BAD_REQUEST',
          message:
            'The key "constructor.prototype" is not allowed in a request body (found at keywords.0.constructor.prototype)',
          path: 'body.keywords.0.constructor.prototype',
        },
        {
          what: 'a version that is a number',
          send: () => publish({ ...entry(), version: 1 }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'version: must be a string (got a number)',
          path: 'version',
        },
        {
          what: 'an SPBE indicator that is a string',
          send: () => publish({ ...entry(), spbe: { ...entry().spbe, indicator: '45' } }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'spbe.indicator: must be a number (got a string)',
          path: 'spbe.indicator',
        },
        {
          what: 'a version of 200 characters, which no approval could address',
          send: () => publish({ ...entry(), version: `5.0.0-${'a'.repeat(194)}` }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'version: must be at most 64 characters',
          path: 'version',
        },
        {
          what: 'a version with a number beyond what JavaScript counts exactly',
          send: () => publish({ ...entry(), version: '99999999999999999999999.0.0' }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'version: has a number above 9007199254740991',
          path: 'version',
        },
        {
          what: 'an SDK version of 100 characters',
          send: () => publish({ ...entry(), sdkVersion: `2.2.0-${'b'.repeat(94)}` }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'sdkVersion: must be at most 64 characters',
          path: 'sdkVersion',
        },
        {
          what: 'a name with a right-to-left override',
          send: () => publish({ ...entry(), name: { id: 'Antrean \u202eLKT', en: 'Queue' } }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'name.id: contains U+202E (right-to-left override), which can disguise text; remove it',
          path: 'name.id',
        },
        {
          what: 'a description with a NUL',
          send: () => publish({ ...entry(), description: { id: 'Antrean\u0000', en: 'Queue' } }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message:
            'description.id: contains U+0000 (a control character: null), which is not text; remove it',
          path: 'description.id',
        },
        {
          what: 'an entry URL with a user name and password',
          send: () =>
            publish({ ...entry(), manifestUrl: 'http://admin:rahasia@127.0.0.1:4101/mf-manifest.json' }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'manifestUrl: must not carry a user name or password',
          path: 'manifestUrl',
        },
        {
          what: 'an audit page past the largest record id',
          send: () => registry.call('GET', '/api/audit?before=3000000000', { as: users.admin }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'querystring.before: must be an audit record id, a whole number from 1 to 2147483647',
          path: 'querystring.before',
        },
        {
          what: 'a rollback to a version that is a number',
          send: () =>
            registry.call('POST', '/api/apps/antrean-disdukcapil/rollback', {
              as: users.admin,
              body: { version: 3 },
            }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'body.version: must be a string (got a number)',
          path: 'body.version',
        },
        {
          what: 'a rollback without a version',
          send: () =>
            registry.call('POST', '/api/apps/antrean-disdukcapil/rollback', { as: users.admin, body: {} }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'body.version: is required',
          path: 'body.version',
        },
        {
          what: 'an approval of a version longer than any',
          send: () =>
            registry.call('POST', `/api/apps/antrean-disdukcapil/versions/5.0.0-${'c'.repeat(80)}/approve`, {
              as: users.admin,
            }),
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'params.version: must be at most 64 characters',
          path: 'params.version',
        },
        {
          what: 'a body in an encoding the registry does not read',
          send: () =>
            publish(JSON.stringify(entry()), {
              headers: { 'content-type': 'application/json', 'content-encoding': 'zstd-x' },
            }),
          status: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'The body\'s Content-Encoding "zstd-x" is not one the registry reads',
          path: 'headers.content-encoding',
        },
      ];

      it.each(malformed)('$what', async ({ send, status, code, message, path }) => {
        const response = await error(await send());
        expect(response).toMatchObject({ status, code, ...(path === undefined ? {} : { path }) });
        expect(response.message).toContain(message);
      });

      it('leaves nothing of a refused publication behind', async () => {
        const app = await registry.call('GET', '/api/apps/antrean-disdukcapil', { as: users.admin });
        const versions = (app.json() as { versions: Array<{ version: string }> }).versions;
        expect(versions.map((known) => known.version)).toEqual([
          seedEntry('antrean-disdukcapil').version,
          '5.0.0',
        ]);
      });
    },
  );
});
