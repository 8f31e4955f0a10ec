import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';

describe("the portal pages' Content-Security-Policy", () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry('sqlite');
  });
  afterAll(() => registry.close());

  it('names the API origins and legacy apps the catalog needs, without the portal knowing the catalog', async () => {
    const sources = (await registry.call('GET', '/api/csp-sources')).json() as {
      connect: string[];
      frame: string[];
    };
    // The sample remote's own origin is its API origin; legacy apps of the seed are framed from their hosts.
    expect(sources.connect).toContain('http://127.0.0.1:4101');
    expect(sources.frame.length).toBeGreaterThan(0);
    for (const origin of [...sources.connect, ...sources.frame]) expect(new URL(origin).origin).toBe(origin);
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
