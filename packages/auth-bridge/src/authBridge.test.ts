import { afterEach, describe, expect, it } from 'vitest';
import { createAuthClient } from './createAuthClient.ts';
import { serveAuthRequests, type AuthHandlers } from './serveAuthRequests.ts';

const anonymous = { status: 'anonymous' as const };
const handlers = (overrides: Partial<AuthHandlers> = {}): AuthHandlers => ({
  session: () => Promise.resolve(anonymous),
  retry: () => Promise.resolve(anonymous),
  login: ({ returnTo }) => Promise.resolve({ url: `https://sso.test/auth?back=${returnTo}` }),
  logout: () => Promise.resolve({ url: 'https://sso.test/logout' }),
  bind: () => Promise.resolve({ bound: true }),
  binding: () => Promise.resolve({}),
  token: ({ agency }) => Promise.resolve({ token: `token-for-${agency}` }),
  manifest: () => Promise.resolve({ status: 200, etag: '"1"', body: { entries: [] } }),
  catalogCopy: () => Promise.resolve({}),
  refreshCatalogCopy: () => Promise.resolve({}),
  reportRequest: () => Promise.resolve({}),
  requests: () => Promise.resolve({ status: 200, body: { requests: [] } }),
  telemetry: () => Promise.resolve({}),
  ...overrides,
});

const originalPost = MessagePort.prototype.postMessage;
afterEach(() => {
  MessagePort.prototype.postMessage = originalPost;
});

describe('the auth bridge', () => {
  it('answers each request with its own result, and says why one failed', async () => {
    const { port1, port2 } = new MessageChannel();
    serveAuthRequests(
      port2,
      handlers({ bind: ({ agency }) => Promise.reject(new Error(`this tab runs ${agency}'s code`)) }),
    );
    const client = createAuthClient(port1);
    const [first, second] = await Promise.all([
      client.request('token', { agency: 'dinkes' }),
      client.request('token', { agency: 'disdukcapil' }),
    ]);
    expect(first.token).toBe('token-for-dinkes');
    expect(second.token).toBe('token-for-disdukcapil');
    await expect(client.request('bind', { agency: 'dinsos' })).rejects.toThrow("this tab runs dinsos's code");
    port1.close();
  });

  it('passes session changes the frame announces to the page', async () => {
    const { port1, port2 } = new MessageChannel();
    const announce = serveAuthRequests(port2, handlers());
    const client = createAuthClient(port1);
    const seen = new Promise((resolve) => client.onSession(resolve));
    announce({ status: 'anonymous', notice: 'sessionEnded' });
    await expect(seen).resolves.toEqual({ status: 'anonymous', notice: 'sessionEnded' });
    port1.close();
  });

  it('keeps working through the saved postMessage when a script replaces it later, which sees nothing', async () => {
    const { port1, port2 } = new MessageChannel();
    serveAuthRequests(port2, handlers());
    const client = createAuthClient(port1);
    const stolen: unknown[] = [];
    MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
      stolen.push(args[0]);
      return Reflect.apply(originalPost, this, args);
    } as typeof originalPost;
    await expect(client.request('token', { agency: 'dinkes' })).resolves.toEqual({
      token: 'token-for-dinkes',
    });
    expect(stolen).toEqual([]);
    port1.close();
  });

  it("passes the shell's telemetry batches on to the frame's handler", async () => {
    const { port1, port2 } = new MessageChannel();
    const batches: unknown[] = [];
    serveAuthRequests(
      port2,
      handlers({
        telemetry: (params) => {
          batches.push(params);
          return Promise.resolve({});
        },
      }),
    );
    const client = createAuthClient(port1, 300);
    const body = { samples: [{ appId: 'pbb', metric: 'open', outcome: 'mounted', ms: 120 }] };
    await expect(client.request('telemetry', { path: '/api/rum', body })).resolves.toEqual({});
    expect(batches).toEqual([{ path: '/api/rum', body }]);
    port1.close();
  });

  it('ignores messages that are not requests, and requests for operations it does not know', async () => {
    const { port1, port2 } = new MessageChannel();
    serveAuthRequests(port2, handlers());
    const client = createAuthClient(port1, 300);
    port1.postMessage({ id: 99, op: 'export-refresh-token', params: {} });
    port1.postMessage('hello');
    const answers: unknown[] = [];
    port1.addEventListener('message', (event) => answers.push(event.data));
    await expect(client.request('session', {})).resolves.toEqual(anonymous);
    expect(answers).toHaveLength(1);
    port1.close();
  });
});
