import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';

describe("the portal pages' Content-Security-Policy", () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry('sqlite');
  });
  afterAll(() => registry.close());

  it("names the API origins and legacy app's origin of one app's page, internal apps included", async () => {
    const entry = {
      ...seedEntry('antrean-disdukcapil'),
      version: '9.9.0',
      apiOrigins: ['https://api.disdukcapil.test'],
    };
    const published = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions?existingApp=true', {
      as: users.devDisdukcapil,
      body: entry,
    });
    expect(published.status, published.body).toBe(201);
    const approve = '/api/apps/antrean-disdukcapil/versions/9.9.0/approve';
    expect((await registry.call('POST', approve, { as: users.admin })).status).toBe(200);
    const sourcesOf = async (route: string) =>
      (await registry.call('GET', `/api/csp-sources?route=${route}`)).json() as {
        connect: string[];
        frame: string[];
      };
    // The API origins an app declares (an app without them calls its own origin, which the remotes' origins cover),
    // the page of a legacy app its host; each page's policy names its own app's only.
    expect(await sourcesOf(entry.route)).toEqual({ connect: ['https://api.disdukcapil.test'], frame: [] });
    expect(await sourcesOf('ppid')).toEqual({ connect: [], frame: ['https://ppid.kotabogor.go.id'] });
    expect(await sourcesOf('tidak-ada')).toEqual({ connect: [], frame: [] });
    const withoutRoute = await registry.call('GET', '/api/csp-sources');
    expect(withoutRoute.status).toBe(400);
    expect(withoutRoute.body).toContain('route');
  });

  it('takes violation reports in both formats browsers send', async () => {
    const legacy = await registry.registry.app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'application/csp-report' },
      payload: JSON.stringify({
        'csp-report': {
          'effective-directive': 'script-src-elem',
          'blocked-uri': 'inline',
          disposition: 'enforce',
        },
      }),
    });
    expect(legacy.statusCode).toBe(204);
    const reporting = await registry.registry.app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'application/reports+json' },
      payload: JSON.stringify([
        {
          type: 'csp-violation',
          body: { effectiveDirective: 'require-trusted-types-for', disposition: 'report' },
        },
      ]),
    });
    expect(reporting.statusCode).toBe(204);
    const garbage = await registry.registry.app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'application/csp-report' },
      payload: 'not json',
    });
    expect(garbage.statusCode).toBe(400);
  });
});
