import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadShellConfig } from './loadShellConfig.ts';

const origin = 'http://portal.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const serve = (body: Record<string, unknown>, status = 200) =>
  server.use(http.get(`${origin}/config.json`, () => HttpResponse.json(body, { status })));

describe('loadShellConfig', () => {
  it('reads the deployment settings', async () => {
    serve({
      manifestUrl: 'https://registry.test/api/manifest',
      remoteTimeoutMs: 3000,
      remoteOrigins: ['https://aset.test'],
    });
    await expect(loadShellConfig(origin)).resolves.toEqual({
      manifestUrl: 'https://registry.test/api/manifest',
      remoteTimeoutMs: 3000,
      remoteOrigins: ['https://aset.test'],
    });
  });

  it('falls back to the defaults when the deployment has no config.json', async () => {
    serve({}, 404);
    await expect(loadShellConfig(origin)).resolves.toEqual({
      manifestUrl: '/api/manifest',
      remoteTimeoutMs: 8000,
      remoteOrigins: [],
    });
  });

  it('refuses a remote origin with a path, since origins are compared exactly', async () => {
    serve({ remoteOrigins: ['https://aset.test/remotes/'] });
    await expect(loadShellConfig(origin)).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('"remoteOrigins" must list origins'),
    });
  });

  it('refuses a timeout that would never fire, saying what is allowed', async () => {
    serve({ remoteTimeoutMs: 0 });
    await expect(loadShellConfig(origin)).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      message: expect.stringContaining('between 100 and 120000'),
    });
  });
});
