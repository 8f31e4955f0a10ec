import { delay, http, HttpResponse } from 'msw';
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
      rumSampleRate: 1,
    });
    await expect(loadShellConfig(origin)).resolves.toEqual({
      manifestUrl: 'https://registry.test/api/manifest',
      remoteTimeoutMs: 3000,
      remoteOrigins: ['https://aset.test'],
      rumSampleRate: 1,
    });
  });

  it('takes the defaults for the settings config.json leaves out', async () => {
    serve({});
    await expect(loadShellConfig(origin)).resolves.toEqual({
      manifestUrl: '/api/manifest',
      remoteTimeoutMs: 8000,
      remoteOrigins: [],
      rumSampleRate: 0.1,
    });
  });

  it('fails on a missing config.json rather than run without sign-in and apps', async () => {
    serve({}, 404);
    await expect(loadShellConfig(origin)).rejects.toMatchObject({
      code: 'CONFIG_UNAVAILABLE',
      message: 'config.json answered HTTP 404; check the server that hosts the shell.',
    });
  });

  it('gives up on a server that never sends config.json, saying what timed out', async () => {
    server.use(
      http.get(`${origin}/config.json`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    await expect(loadShellConfig(origin, 50)).rejects.toMatchObject({
      code: 'CONFIG_UNAVAILABLE',
      message: 'config.json did not answer within 0.05 s; check the server that hosts the shell.',
    });
  });

  it('says when config.json cannot be reached at all', async () => {
    server.use(http.get(`${origin}/config.json`, () => HttpResponse.error()));
    await expect(loadShellConfig(origin)).rejects.toMatchObject({
      code: 'CONFIG_UNAVAILABLE',
      message: 'config.json could not be reached; check the server that hosts the shell.',
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

  it('refuses a real-user monitoring share outside 0 to 1, saying what it is', async () => {
    for (const rumSampleRate of [1.5, -0.1, '0.5', null]) {
      serve({ rumSampleRate });
      await expect(loadShellConfig(origin)).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
        message: expect.stringContaining('"rumSampleRate" must be a number from 0 to 1'),
      });
    }
  });
});
