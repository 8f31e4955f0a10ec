import { MessageChannel } from 'node:worker_threads';
import { createAuthClient, serveAuthRequests, type AuthHandlers, type SessionState } from '@bas/auth-bridge';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from './sessionStore.ts';
import { createSession } from './createSession.ts';

const config = { frameOrigin: 'http://auth.test' };
const budi: SessionState = {
  status: 'authenticated',
  user: { username: 'asn.disdukcapil', name: 'Budi Santoso', roles: ['asn'], agency: 'disdukcapil' },
};

/** The auth frame as the page meets it: the real bridge over a MessageChannel, with these answers behind it. */
function frame(overrides: Partial<AuthHandlers> = {}) {
  // Node's MessageChannel: the test DOM's has no working ports.
  const channel = new MessageChannel();
  const [port1, port2] = [channel.port1, channel.port2] as unknown as [MessagePort, MessagePort];
  const announce = serveAuthRequests(port2, {
    session: () => Promise.resolve(budi),
    retry: () => Promise.resolve(budi),
    login: ({ returnTo }) => Promise.resolve({ url: `http://idp.test/auth?from=${returnTo}` }),
    logout: () => Promise.resolve({ url: 'http://idp.test/logout' }),
    bind: ({ agency }) => Promise.resolve({ bound: agency === 'disdukcapil' }),
    binding: () => Promise.resolve({ agency: 'disdukcapil' }),
    token: ({ agency }) => Promise.resolve({ token: `token-of-${agency}` }),
    manifest: () => Promise.resolve({ status: 200, etag: '"7"', body: { entries: [] } }),
    catalogCopy: () => Promise.resolve({ savedAt: '2026-12-01T00:00:00.000Z', entries: [] }),
    refreshCatalogCopy: () => Promise.resolve({}),
    reportRequest: () => Promise.resolve({}),
    requests: () => Promise.resolve({ status: 200, body: { retentionDays: 730, requests: [] } }),
    telemetry: () => Promise.resolve({}),
    ...overrides,
  });
  return { connect: () => Promise.resolve(createAuthClient(port1)), announce };
}

beforeEach(() => {
  useSessionStore.setState({ status: 'checking', user: undefined, notice: null });
});

describe('createSession', () => {
  it('shows who the auth frame says is signed in, and the agency token it hands out', async () => {
    const session = createSession(config, { assign: vi.fn(), connect: frame().connect });
    await session.start();
    expect(useSessionStore.getState()).toMatchObject(budi);
    await expect(session.agencyToken('disdukcapil')).resolves.toBe('token-of-disdukcapil');
    await expect(session.personalManifest()).resolves.toMatchObject({ status: 200, etag: '"7"' });
  });

  it('follows the session changes the frame announces (a sign-out in another tab)', async () => {
    const { connect, announce } = frame();
    const session = createSession(config, { assign: vi.fn(), connect });
    await session.start();
    announce({ status: 'anonymous', notice: 'sessionEnded' });
    await vi.waitFor(() =>
      expect(useSessionStore.getState()).toMatchObject({ status: 'anonymous', notice: 'sessionEnded' }),
    );
  });

  it('replaces the page through the switch page when another agency already ran in the tab', async () => {
    const assign = vi.fn();
    const session = createSession(config, { assign, connect: frame().connect });
    await expect(session.bind('disdukcapil', '/layanan/dokumen-kependudukan')).resolves.toBe(true);
    expect(assign).not.toHaveBeenCalled();
    await expect(session.bind('dinkes', '/layanan/skm?x=1')).resolves.toBe(false);
    expect(assign).toHaveBeenCalledWith(
      `http://auth.test/switch.html?to=${encodeURIComponent('http://portal.test/layanan/skm?x=1')}`,
    );
  });

  it('sends the person to the sign-in page the frame names, and says so when it cannot', async () => {
    const assign = vi.fn();
    await createSession(config, { assign, connect: frame().connect }).login('/ruang-kerja');
    expect(assign).toHaveBeenCalledWith('http://idp.test/auth?from=/ruang-kerja');
    const down = createSession(config, {
      assign,
      connect: frame({ login: () => Promise.reject(new Error('unreachable')) }).connect,
    });
    await down.login('/ruang-kerja');
    expect(useSessionStore.getState()).toMatchObject({ status: 'unavailable', notice: 'idpUnavailable' });
  });

  it('carries on as anonymous, saying sign-in is unavailable, when the auth frame does not answer', async () => {
    const session = createSession(config, {
      assign: vi.fn(),
      connect: () => Promise.reject(new Error('the auth frame did not answer')),
    });
    await session.start();
    expect(useSessionStore.getState()).toMatchObject({ status: 'unavailable', notice: 'idpUnavailable' });
    // No app's code runs unbound: it waits, with a retry, until the frame answers.
    await expect(session.bind('dinkes', '/layanan/skm')).rejects.toMatchObject({
      code: 'AUTH_FRAME_UNAVAILABLE',
    });
  });
});
