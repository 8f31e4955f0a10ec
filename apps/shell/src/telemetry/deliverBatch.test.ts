import type { AuthClient, SessionState } from '@bas/auth-bridge';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createSession } from '../auth/createSession.ts';
import { useSessionStore } from '../auth/sessionStore.ts';
import { attachSession } from '../auth/shellAuth.ts';
import { deliverBatch } from './deliverBatch.ts';

/** The auth frame as the page's client sees it, answering `session` with `state` and noting every request. */
function frame(state: SessionState) {
  const requests: Array<{ op: string; params: unknown }> = [];
  const client: AuthClient = {
    request: (op, params) => {
      requests.push({ op, params });
      return Promise.resolve((op === 'session' ? state : {}) as never);
    },
    onSession: () => undefined,
  };
  return { requests, connect: () => Promise.resolve(client) };
}

const batch = { samples: [{ appId: 'simpeg', metric: 'open', outcome: 'mounted', ms: 210 }] };
let beacon: MockInstance<Navigator['sendBeacon']>;

beforeEach(() => {
  beacon = vi.spyOn(navigator, 'sendBeacon').mockReturnValue(true);
});
afterEach(() => vi.restoreAllMocks());

describe('deliverBatch', () => {
  it("sends a signed-in person's batch through the auth frame, which adds their token", async () => {
    const auth = frame({
      status: 'authenticated',
      user: { username: 'asn.bkpsdm', name: 'Sari', roles: ['asn'], agency: 'bkpsdm' },
    });
    const session = createSession(
      { frameOrigin: 'http://auth.test' },
      { assign: vi.fn(), connect: auth.connect },
    );
    attachSession(session);
    await session.start();
    expect(useSessionStore.getState().status).toBe('authenticated');
    deliverBatch('/api/rum', batch);
    await vi.waitFor(() =>
      expect(auth.requests).toContainEqual({ op: 'telemetry', params: { path: '/api/rum', body: batch } }),
    );
    expect(beacon).not.toHaveBeenCalled();
  });

  it("sends an anonymous visitor's batch with sendBeacon, and nothing through the frame", async () => {
    const auth = frame({ status: 'anonymous' });
    const session = createSession(
      { frameOrigin: 'http://auth.test' },
      { assign: vi.fn(), connect: auth.connect },
    );
    attachSession(session);
    await session.start();
    deliverBatch('/api/telemetry', batch);
    expect(beacon).toHaveBeenCalledOnce();
    const [url, body] = beacon.mock.calls[0] as [string, Blob];
    expect(url).toBe('/api/telemetry');
    expect(body.type).toBe('application/json');
    expect(JSON.parse(await body.text())).toEqual(batch);
    expect(auth.requests.map((request) => request.op)).not.toContain('telemetry');
  });
});
