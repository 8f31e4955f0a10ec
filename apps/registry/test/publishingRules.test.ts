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
    registry.call('POST', `/api/apps/${id}/versions?existingApp=true`, {
      as,
      body: { ...seedEntry(id), version },
    });
  const message = (response: { json(): unknown }) => (response.json() as { message: string }).message;

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the rules', () => {
    it('tells whose an id is, and refuses a new project that picked a taken id', async () => {
      const holder = await registry.call('GET', '/api/app-ids/antrean-disdukcapil');
      expect(holder.status).toBe(200);
      expect(holder.json()).toEqual({
        id: 'antrean-disdukcapil',
        agency: 'disdukcapil',
        name: 'Antrean Online Disdukcapil',
        currentVersion: '3.5.3',
      });
      expect((await registry.call('GET', '/api/app-ids/layanan-baru-saya')).status).toBe(404);
      // An internal app's name and version are for its agency's developers and admins; its agency is no secret.
      expect((await registry.call('GET', '/api/app-ids/simpeg')).json()).toEqual({
        id: 'simpeg',
        agency: 'bkpsdm',
        name: null,
        currentVersion: null,
      });
      expect(
        (await registry.call('GET', '/api/app-ids/simpeg', { as: users.devBkpsdm })).json(),
      ).toMatchObject({ agency: 'bkpsdm', currentVersion: seedEntry('simpeg').version });

      // Another agency's id: refused whatever the project says.
      const foreign = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions?existingApp=true', {
        as: users.devBkpsdm,
        body: { ...seedEntry('antrean-disdukcapil'), agency: 'bkpsdm', version: '9.0.0' },
      });
      expect(foreign.status).toBe(409);
      expect(message(foreign)).toBe(
        'The id "antrean-disdukcapil" belongs to an app of disdukcapil; choose another id for your app (an app never moves to another agency).',
      );
      // Their own agency's app, by a developer who never published it, without saying it is that app.
      const unsaid = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions', {
        as: users.devDisdukcapil,
        body: {
          ...seedEntry('antrean-disdukcapil'),
          name: { id: 'Layanan Saya', en: 'My service' },
          version: '9.0.0',
        },
      });
      expect(unsaid.status).toBe(409);
      expect(message(unsaid)).toBe(
        'App "antrean-disdukcapil" already exists ("Antrean Online Disdukcapil" 3.5.3, of disdukcapil). If your project is a new version of that app, publish with --existing-app; otherwise choose another id.',
      );
      const manifest = await registry.call('GET', '/api/apps/antrean-disdukcapil', { as: users.admin });
      expect((manifest.json() as { versions: unknown[] }).versions).toHaveLength(1);
    });

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
      // Who published the app before need not say again that it is theirs.
      const again = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions', {
        as: users.devDisdukcapil,
        body: { ...seedEntry('antrean-disdukcapil'), version: '9.1.2' },
      });
      expect(again.status).toBe(201);
    });

    it('shows an approver what a version replaces', async () => {
      const detail = await registry.call('GET', '/api/apps/antrean-disdukcapil/versions/9.1.2', {
        as: users.admin,
      });
      expect(detail.status).toBe(200);
      expect(detail.json()).toMatchObject({
        version: '9.1.2',
        state: 'pending',
        submittedBy: 'dev.disdukcapil',
        entry: { version: '9.1.2' },
        current: { version: '9.1.0' },
      });
      // Another agency's developer is told what they would be told of an app that does not exist.
      const foreign = await registry.call('GET', '/api/apps/antrean-disdukcapil/versions/9.1.2', {
        as: users.devBkpsdm,
      });
      expect(foreign.status).toBe(404);
      expect(message(foreign)).toBe('There is no app "antrean-disdukcapil" in the catalog.');
    });

    it("answers another agency's app, and any app to an anonymous caller, as it answers an absent one", async () => {
      // Each request about a hidden app (another agency's, internal or never approved alike), beside the same request
      // about an app that does not exist.
      const hidden = 'antrean-disdukcapil';
      const absent = 'tidak-pernah-ada';
      const requests: Array<['GET' | 'POST' | 'DELETE', (id: string) => string, unknown?]> = [
        ['GET', (id) => `/api/apps/${id}`],
        ['GET', (id) => `/api/apps/${id}/versions/9.1.2`],
        ['DELETE', (id) => `/api/apps/${id}/versions/9.1.2`],
        ['GET', (id) => `/api/apps/${id}/publish-tokens`],
        ['POST', (id) => `/api/apps/${id}/publish-tokens`, {}],
        ['DELETE', (id) => `/api/apps/${id}/publish-tokens/abcdefabcdef`],
      ];
      for (const [method, url, body] of requests) {
        for (const as of [undefined, users.devBkpsdm, users.warga]) {
          const answer = async (id: string) => {
            const response = await registry.call(method, url(id), {
              ...(as === undefined ? {} : { as }),
              body,
            });
            return { status: response.status, body: response.body.replaceAll(id, '<id>') };
          };
          const [ofHidden, ofAbsent] = [await answer(hidden), await answer(absent)];
          const what = `${method} ${url(hidden)} as ${as?.username ?? 'anonymous'}`;
          expect(ofHidden, what).toEqual(ofAbsent);
          expect(ofHidden.body, what).not.toContain('disdukcapil');
        }
      }
      // The answers themselves: sign in; only developers and admins; no such app.
      const anonymous = await registry.call('GET', `/api/apps/${absent}`);
      expect(anonymous.status).toBe(401);
      const citizen = await registry.call('GET', `/api/apps/${absent}`, { as: users.warga });
      expect(citizen.status).toBe(403);
      const developer = await registry.call('GET', `/api/apps/${hidden}`, { as: users.devBkpsdm });
      expect(developer.status).toBe(404);
    });

    it('checks the route again on approval, as another app may have taken it since', async () => {
      expect(
        (
          await registry.call('POST', '/api/apps/antrean-disdukcapil/versions', {
            as: users.devDisdukcapil,
            body: { ...seedEntry('antrean-disdukcapil'), version: '9.2.0', route: 'antrean-kota' },
          })
        ).status,
      ).toBe(201);
      // Free when that version was published; another agency's new app takes it before the approval.
      const taker = await registry.call('POST', '/api/apps/antrean-kota-bkpsdm/versions', {
        as: users.devBkpsdm,
        body: {
          ...seedEntry('simpeg'),
          id: 'antrean-kota-bkpsdm',
          route: 'antrean-kota',
          version: '1.0.0',
        },
      });
      expect(taker.status).toBe(201);
      const approval = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions/9.2.0/approve', {
        as: users.admin,
      });
      expect(approval.status).toBe(409);
      expect(approval.json()).toMatchObject({ code: 'ROUTE_TAKEN', path: 'route' });
      expect(message(approval)).toBe(
        'Route "antrean-kota" of antrean-disdukcapil 9.2.0 is now used by app "antrean-kota-bkpsdm", which took it after this version was published: reject this version (DELETE /api/apps/antrean-disdukcapil/versions/9.2.0) and have its agency publish one with another route.',
      );
      // Nothing changed: the app is served as before.
      const app = await registry.call('GET', '/api/apps/antrean-disdukcapil', { as: users.admin });
      expect(app.json()).toMatchObject({ currentVersion: '9.1.0', route: 'antrean-disdukcapil' });
    });
  });
});
