import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRemoteSites, type RemoteSites } from './startRemoteSites.ts';

let sites: RemoteSites;
const originOf = (name: string) => sites.origins.get(name) ?? '';

beforeAll(async () => {
  const remoteDir = mkdtempSync(join(tmpdir(), 'bas-remote-site-'));
  writeFileSync(join(remoteDir, 'mf-manifest.json'), '{"name":"pengumuman"}');
  sites = await startRemoteSites(
    [
      {
        name: 'pengumuman',
        dir: remoteDir,
        mockApi: [http.post('*/api/echo', async ({ request }) => HttpResponse.json(await request.json()))],
      },
      { name: 'aplikasi-lama', app: (_request, response) => response.end('<h1>Aplikasi lama</h1>') },
    ],
    {
      host: '127.0.0.1',
      firstPort: 0,
      checkToken: (_site, authorization) =>
        Promise.resolve(
          authorization === 'Bearer palsu'
            ? { ok: false, message: 'The agency API refused the access token.' }
            : { ok: true },
        ),
    },
  );
});

afterAll(() => sites.close());

describe('startRemoteSites', () => {
  it('serves remote files cross-origin, and a missing one as a real 404', async () => {
    const found = await fetch(`${originOf('pengumuman')}/mf-manifest.json`);
    expect(found.headers.get('access-control-allow-origin')).toBe('*');
    expect(await found.json()).toEqual({ name: 'pengumuman' });
    const missing = await fetch(`${originOf('pengumuman')}/assets/gone.js`);
    expect(missing.status).toBe(404);
  });

  it("answers the remote's mocked agency API on its origin, cross-origin and with a JSON 404 for the rest", async () => {
    const origin = originOf('pengumuman');
    const preflight = await fetch(`${origin}/api/echo`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const echoed = await fetch(`${origin}/api/echo`, {
      method: 'POST',
      body: JSON.stringify({ nik: '3271' }),
    });
    expect(echoed.headers.get('access-control-allow-origin')).toBe('*');
    expect(await echoed.json()).toEqual({ nik: '3271' });
    const unknown = await fetch(`${origin}/api/tidak-ada`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: 'The mock agency API has no GET /api/tidak-ada.' });
  });

  it('refuses a request whose token the check refuses, before the mock API sees it', async () => {
    const refused = await fetch(`${originOf('pengumuman')}/api/echo`, {
      method: 'POST',
      headers: { authorization: 'Bearer palsu' },
      body: JSON.stringify({ nik: '3271' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(await refused.json()).toEqual({ message: 'The agency API refused the access token.' });
  });

  it('serves a server-rendered app on an origin of its own', async () => {
    expect(originOf('aplikasi-lama')).not.toBe(originOf('pengumuman'));
    expect(await (await fetch(`${originOf('aplikasi-lama')}/`)).text()).toBe('<h1>Aplikasi lama</h1>');
  });
});
