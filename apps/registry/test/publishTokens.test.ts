import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

describe.each(engines)("an app's publish tokens, for CI, on %s", (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());
  const message = (response: { json(): unknown }) => (response.json() as { message: string }).message;
  const withToken = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
  const entry = (id: string, version: string) => ({ ...seedEntry(id), version });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the rules', () => {
    let token = '';
    let tokenId = '';

    it('are made by who may publish the app, shown once, and listed without their secret', async () => {
      const foreign = await registry.call('POST', '/api/apps/antrean-disdukcapil/publish-tokens', {
        as: users.devBkpsdm,
        body: {},
      });
      // Another agency's app is answered as if it did not exist.
      expect(foreign.status).toBe(404);
      const made = await registry.call('POST', '/api/apps/antrean-disdukcapil/publish-tokens', {
        as: users.devDisdukcapil,
        body: { label: 'GitLab CI' },
      });
      expect(made.status).toBe(201);
      ({ token, id: tokenId } = made.json() as { token: string; id: string });
      expect(token).toMatch(/^bas_pt_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
      const listed = await registry.call('GET', '/api/apps/antrean-disdukcapil/publish-tokens', {
        as: users.devDisdukcapil,
      });
      expect(listed.json()).toMatchObject({
        tokens: [{ id: tokenId, label: 'GitLab CI', createdBy: 'dev.disdukcapil', revokedAt: null }],
      });
      expect(listed.body).not.toContain(token.slice(-43));
    });

    it('publish their one app, recorded as their maker through the token', async () => {
      const published = await registry.call(
        'POST',
        '/api/apps/antrean-disdukcapil/versions?existingApp=true',
        {
          ...withToken(token),
          body: entry('antrean-disdukcapil', '9.0.0'),
        },
      );
      expect(published.status).toBe(201);
      const app = await registry.call('GET', '/api/apps/antrean-disdukcapil', { as: users.admin });
      expect(JSON.stringify(app.json())).toContain(`dev.disdukcapil (publish token ${tokenId})`);
    });

    it('do nothing else: no other app, no approval, no new tokens', async () => {
      const other = await registry.call('POST', '/api/apps/dokumen-kependudukan/versions?existingApp=true', {
        ...withToken(token),
        body: entry('dokumen-kependudukan', '9.0.0'),
      });
      expect(other.status).toBe(403);
      expect(message(other)).toBe(
        'This publish token is for antrean-disdukcapil; it may not act on dokumen-kependudukan.',
      );
      const approval = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions/9.0.0/approve', {
        ...withToken(token),
      });
      expect(approval.status).toBe(403);
      const more = await registry.call('POST', '/api/apps/antrean-disdukcapil/publish-tokens', {
        ...withToken(token),
        body: {},
      });
      expect(more.status).toBe(403);
      expect(message(more)).toBe(
        'A publish token only publishes antrean-disdukcapil; make a publish token with your own sign-in (bas-remote login).',
      );
      const forged = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions?existingApp=true', {
        ...withToken(`${token.slice(0, -4)}AAAA`),
        body: entry('antrean-disdukcapil', '9.0.1'),
      });
      expect(forged.status).toBe(401);
    });

    it('keep their maker from approving what CI published with their token', async () => {
      const made = await registry.call('POST', '/api/apps/pengumuman/publish-tokens', {
        as: users.admin,
        body: {},
      });
      const { token: adminToken } = made.json() as { token: string };
      const published = await registry.call('POST', '/api/apps/pengumuman/versions?existingApp=true', {
        ...withToken(adminToken),
        body: entry('pengumuman', '9.0.0'),
      });
      expect(published.status).toBe(201);
      const own = await registry.call('POST', '/api/apps/pengumuman/versions/9.0.0/approve', {
        as: users.admin,
      });
      expect(own.status).toBe(403);
      expect(message(own)).toContain('another admin approves it');
    });

    it('stop working once revoked', async () => {
      const revoked = await registry.call(
        'DELETE',
        `/api/apps/antrean-disdukcapil/publish-tokens/${tokenId}`,
        {
          as: users.devDisdukcapil,
        },
      );
      expect(revoked.status).toBe(200);
      const after = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions?existingApp=true', {
        ...withToken(token),
        body: entry('antrean-disdukcapil', '9.0.2'),
      });
      expect(after.status).toBe(401);
      expect(message(after)).toContain('This publish token is unknown or revoked');
      const audit = await registry.call('GET', '/api/audit?appId=antrean-disdukcapil', { as: users.admin });
      expect(JSON.stringify(audit.json())).toContain('publish-token-revoke');
    });
  });
});
