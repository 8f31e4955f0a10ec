import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

describe.each(engines)('who publishes and approves what, on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());
  const publish = (id: string, version: string, as: (typeof users)[keyof typeof users]) =>
    registry.call('POST', `/api/apps/${id}/versions`, { as, body: { ...seedEntry(id), version } });
  const message = (response: { json(): unknown }) => (response.json() as { message: string }).message;

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the rules', () => {
    it("keeps an admin from publishing another agency's app", async () => {
      const refused = await publish('antrean-disdukcapil', '9.1.0', users.admin);
      expect(refused.status).toBe(403);
      expect(message(refused)).toBe(
        'You publish for diskominfo; this app belongs to disdukcapil. Ask a developer of disdukcapil.',
      );
      // Their own agency's app, they may.
      expect((await publish('pengumuman', '9.1.0', users.admin)).status).toBe(201);
    });

    it('has every version approved by someone other than who published it', async () => {
      const own = await registry.call('POST', '/api/apps/pengumuman/versions/9.1.0/approve', {
        as: users.admin,
      });
      expect(own.status).toBe(403);
      expect(message(own)).toContain('another admin approves it');
      expect((await publish('antrean-disdukcapil', '9.1.0', users.devDisdukcapil)).status).toBe(201);
      const approved = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions/9.1.0/approve', {
        as: users.admin,
      });
      expect(approved.status).toBe(200);
    });

    it('only takes versions above the one served; an earlier one comes back by rolling back', async () => {
      const lower = await publish('antrean-disdukcapil', '3.6.0', users.devDisdukcapil);
      expect(lower.status).toBe(400);
      expect(message(lower)).toBe(
        'Version 3.6.0 is not above 9.1.0, which the portal serves for "antrean-disdukcapil": publish a higher version, or ask an admin to roll back to an earlier one.',
      );
      expect((await publish('antrean-disdukcapil', '9.1.1', users.devDisdukcapil)).status).toBe(201);
    });
  });
});
