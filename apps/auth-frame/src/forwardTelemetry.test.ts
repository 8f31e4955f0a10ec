import { describe, expect, it, vi } from 'vitest';
import { forwardTelemetry, maxTelemetryBytes } from './forwardTelemetry.ts';

/** The auth origin's server: every request is recorded and answered with `status`. */
function authOrigin(status = 202) {
  const calls: Array<{ path: string; init: RequestInit }> = [];
  const request = vi.fn((path: string, init: RequestInit) => {
    calls.push({ path, init });
    return Promise.resolve(new Response(null, { status }));
  });
  return { calls, request };
}

const samples = { samples: [{ appId: 'sipkd', metric: 'open', outcome: 'mounted', ms: 140 }] };
/** A tab no agency's code ran in: every batch is the shell's own. */
const anyApp = () => Promise.resolve(undefined);

describe('forwardTelemetry', () => {
  it("posts the batch with the signed-in person's token, as a request that outlives the page", async () => {
    const server = authOrigin();
    const send = forwardTelemetry(server.request, () => Promise.resolve('portal-token'), anyApp);
    await expect(send({ path: '/api/rum', body: samples })).resolves.toEqual({});
    expect(server.calls).toHaveLength(1);
    const [{ path, init }] = server.calls as [{ path: string; init: RequestInit }];
    expect(path).toBe('/rum');
    expect(init.method).toBe('POST');
    expect(init.keepalive).toBe(true);
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer portal-token');
    expect(JSON.parse(String(init.body))).toEqual(samples);
  });

  it('sends telemetry records to their own path, and without a token when nobody is signed in', async () => {
    const server = authOrigin();
    const send = forwardTelemetry(server.request, () => Promise.resolve(undefined), anyApp);
    const records = {
      records: [{ appId: 'pbb', kind: 'event', name: 'dibuka', at: '2026-12-02T10:00:00Z' }],
    };
    await send({ path: '/api/telemetry', body: records });
    expect(server.calls[0]?.path).toBe('/telemetry');
    expect(new Headers(server.calls[0]?.init.headers).has('authorization')).toBe(false);
  });

  it('refuses any other path, before asking anything with the token', async () => {
    const server = authOrigin();
    const token = vi.fn(() => Promise.resolve('portal-token'));
    const send = forwardTelemetry(server.request, token, anyApp);
    for (const path of ['/api/me/requests', '/exchange', '/api/rum/../apps', undefined]) {
      await expect(send({ path, body: samples } as never)).rejects.toThrow(
        'the telemetry operation sends to /api/telemetry or /api/rum only',
      );
    }
    expect(server.calls).toHaveLength(0);
    expect(token).not.toHaveBeenCalled();
  });

  it('refuses a batch that is not an object, or larger than a keepalive request may carry', async () => {
    const server = authOrigin();
    const send = forwardTelemetry(server.request, () => Promise.resolve('portal-token'), anyApp);
    await expect(send({ path: '/api/rum', body: 'samples' })).rejects.toThrow('needs a JSON object');
    const huge = { samples: [{ appId: 'pbb', note: 'x'.repeat(maxTelemetryBytes) }] };
    await expect(send({ path: '/api/rum', body: huge })).rejects.toThrow(
      `more than ${maxTelemetryBytes}: send fewer records in each`,
    );
    expect(server.calls).toHaveLength(0);
  });

  it("sends with the token only the items of the apps the tab's code may report, and nothing when none is left", async () => {
    const server = authOrigin();
    const reportable = vi.fn(() => Promise.resolve(new Set(['sipkd', 'pengumuman'])));
    const send = forwardTelemetry(server.request, () => Promise.resolve('portal-token'), reportable);
    const forged = { appId: 'simpeg', metric: 'open', outcome: 'failed', cause: 'integrity', ms: 3 };
    const mixed = {
      samples: [forged, ...samples.samples, { metric: 'LCP', value: 900 }, null, { appId: ['sipkd'] }],
    };
    await expect(send({ path: '/api/rum', body: mixed })).resolves.toEqual({});
    expect(reportable).toHaveBeenCalledWith('portal-token');
    expect(server.calls.map(({ init }) => JSON.parse(String(init.body)) as unknown)).toEqual([samples]);
    await expect(send({ path: '/api/rum', body: { samples: [forged] } })).resolves.toEqual({});
    expect(server.calls).toHaveLength(1);
    await expect(send({ path: '/api/telemetry', body: { records: { 0: forged } } })).rejects.toThrow(
      'the /api/telemetry batch carries its items as an array, { records: [...] }',
    );
  });

  it('asks nothing about the apps when nobody is signed in: an anonymous batch counts for public apps only', async () => {
    const server = authOrigin();
    const reportable = vi.fn(() => Promise.resolve(new Set<string>()));
    const send = forwardTelemetry(server.request, () => Promise.resolve(undefined), reportable);
    await send({ path: '/api/rum', body: samples });
    expect(reportable).not.toHaveBeenCalled();
    expect(server.calls).toHaveLength(1);
  });

  it("says when the registry refused the batch, with the registry's status", async () => {
    const send = forwardTelemetry(authOrigin(429).request, () => Promise.resolve('portal-token'), anyApp);
    await expect(send({ path: '/api/rum', body: samples })).rejects.toThrow(
      'the registry answered HTTP 429 to /api/rum',
    );
  });
});
