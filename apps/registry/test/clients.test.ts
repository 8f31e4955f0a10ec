import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';

// The portal's token reaches the page where agency code runs: whatever roles it carries, the catalog refuses it.
describe('which client may change the catalog', () => {
  let registry: TestRegistry;
  let portalAdmin: string;
  let portalDeveloper: string;
  beforeAll(async () => {
    registry = await startTestRegistry('sqlite');
    portalAdmin = `Bearer ${await registry.idp.sign(users.admin, { claims: { azp: 'bas-shell' } })}`;
    portalDeveloper = `Bearer ${await registry.idp.sign(users.devDisdukcapil, { claims: { azp: 'bas-shell' } })}`;
  });
  afterAll(() => registry.close());

  const refused = async (method: 'GET' | 'POST', url: string, authorization: string, body?: unknown) => {
    const response = await registry.call(method, url, {
      headers: { authorization },
      ...(body === undefined ? {} : { body }),
    });
    return { status: response.status, ...(response.json() as { code: string; message: string }) };
  };

  it('refuses an admin action with a portal token, naming the clients that may', async () => {
    for (const [url, body] of [
      ['/api/apps/pengumuman/disable', undefined],
      ['/api/apps/pengumuman/rollback', { version: '1.0.0' }],
      ['/api/apps/pengumuman/versions/9.9.9/approve', undefined],
    ] as const) {
      expect(await refused('POST', url, portalAdmin, body), url).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
        message: expect.stringContaining('A token of bas-shell may not'),
      });
    }
    expect(await refused('GET', '/api/audit', portalAdmin)).toMatchObject({
      status: 403,
      message:
        'A token of bas-shell may not read the audit log: use bas-remote (client bas-cli) or the console (bas-console).',
    });
  });

  it('refuses a publish with a portal token, even from a developer of the agency', async () => {
    const entry = { ...seedEntry('antrean-disdukcapil'), version: '9.0.0' };
    expect(await refused('POST', `/api/apps/${entry.id}/versions`, portalDeveloper, entry)).toMatchObject({
      status: 403,
      message: expect.stringContaining('may not publish a version'),
    });
  });

  it('still serves the portal its catalog', async () => {
    const manifest = await registry.call('GET', '/api/manifest', { headers: { authorization: portalAdmin } });
    expect(manifest.status).toBe(200);
  });

  it('lets the same admin act through bas-remote', async () => {
    const response = await registry.call('GET', '/api/audit', { as: users.admin });
    expect(response.status).toBe(200);
  });
});
