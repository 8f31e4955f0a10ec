import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadShellConfig } from './loadShellConfig.ts';

const origin = 'http://portal.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const serve = (body: Record<string, string | number>, status = 200) =>
  server.use(http.get(`${origin}/config.json`, () => HttpResponse.json(body, { status })));

describe('loadShellConfig', () => {
  it('reads the deployment settings', async () => {
    serve({ manifestUrl: 'https://registry.test/api/manifest', remoteTimeoutMs: 3000 });
    await expect(loadShellConfig(origin)).resolves.toEqual({
      manifestUrl: 'https://registry.test/api/manifest',
      remoteTimeoutMs: 3000,
    });
  });

  it('falls back to the defaults when the deployment has no config.json', async () => {
    serve({}, 404);
    await expect(loadShellConfig(origin)).resolves.toEqual({
      manifestUrl: '/api/manifest',
      remoteTimeoutMs: 8000,
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
