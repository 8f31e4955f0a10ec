import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { seedCatalog } from '@bas/manifest/seed';
import { buildRegistry } from '@bas/registry';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from './startGateway.ts';

let gateway: Gateway;
let renders = 0;
let renderFails = true;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'bas-gateway-'));
  const shellDir = join(root, 'shell');
  const remoteDir = join(root, 'remote');
  mkdirSync(shellDir);
  mkdirSync(remoteDir);
  writeFileSync(join(shellDir, 'index.html'), '<!doctype html><title>BAS</title>');
  mkdirSync(join(shellDir, 'assets'));
  writeFileSync(join(shellDir, 'assets/app.js'), 'export {};');
  writeFileSync(join(shellDir, 'assets/app.js.br'), brotliCompressSync('export {};'));
  writeFileSync(join(remoteDir, 'mf-manifest.json'), '{"name":"pengumuman"}');
  gateway = await startGateway({
    port: 0,
    remotesPort: 0,
    shellDir,
    remotes: [
      {
        name: 'pengumuman',
        dir: remoteDir,
        mockApi: [http.post('*/api/echo', async ({ request }) => HttpResponse.json(await request.json()))],
      },
      { name: 'aplikasi-lama', app: (_request, response) => response.end('<h1>Aplikasi lama</h1>') },
    ],
    shellConfig: { remoteTimeoutMs: 1500 },
    renderHome: (template, config, entries) => {
      renders += 1;
      if (renderFails) throw new Error('The renderer failed');
      return template.replace(
        '</title>',
        `</title><main>${JSON.stringify(config)} ${entries.length} layanan</main>`,
      );
    },
    registry: (origins) =>
      buildRegistry({
        dataDir: join(root, 'data'),
        environment: 'development',
        oidc: { issuer: 'http://127.0.0.1:9/realms/bas', audience: 'bas-registry' },
        seed: seedCatalog({ sampleApps: Object.fromEntries(origins) }).filter(
          (entry) => entry.id === 'pengumuman',
        ),
      }),
  });
});

afterAll(() => gateway.close());

describe('startGateway', () => {
  it('serves the registry’s manifest on the portal’s origin, pointing at the remote’s real origin', async () => {
    const origin = gateway.remoteOrigins.get('pengumuman');
    const response = await fetch(new URL('/api/manifest', gateway.url));
    const body = (await response.json()) as { entries: Array<{ id: string; entry: string }> };
    expect(body.entries.map(({ id, entry }) => ({ id, entry }))).toEqual([
      { id: 'pengumuman', entry: `${origin}/mf-manifest.json` },
    ]);
  });

  it('answers deep links with the shell page so a reload keeps the address', async () => {
    const response = await fetch(new URL('/layanan/pengumuman/pbb-2027', gateway.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>BAS</title>');
  });

  it('sends the static index.html for the home page when it cannot be rendered', async () => {
    const response = await fetch(gateway.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>BAS</title>');
    expect(renders).toBe(1);
  });

  it('renders the home page with the config and anonymous catalog, compressed, once per manifest version', async () => {
    renderFails = false;
    renders = 0;
    const first = await fetch(gateway.url, { headers: { 'accept-encoding': 'br' } });
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(await first.text()).toBe(
      '<!doctype html><title>BAS</title><main>{"remoteTimeoutMs":1500} 1 layanan</main>',
    );
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(gateway.url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const plain = await fetch(new URL('/index.html', gateway.url), {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('1 layanan');
    expect(renders).toBe(1);
  });

  it('serves built files compressed where the build wrote .br beside them', async () => {
    const response = await fetch(new URL('/assets/app.js', gateway.url), {
      headers: { 'accept-encoding': 'br' },
    });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toBe('export {};');
  });

  it('answers unknown API paths with the registry’s JSON 404, not the shell page', async () => {
    const response = await fetch(new URL('/api/tidak-ada', gateway.url));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serves the runtime config it was given', async () => {
    const response = await fetch(new URL('/config.json', gateway.url));
    expect(await response.json()).toEqual({ remoteTimeoutMs: 1500 });
  });

  it('serves remote files cross-origin, and a missing one as a real 404', async () => {
    const origin = gateway.remoteOrigins.get('pengumuman') ?? '';
    const found = await fetch(`${origin}/mf-manifest.json`);
    expect(found.headers.get('access-control-allow-origin')).toBe('*');
    expect(await found.json()).toEqual({ name: 'pengumuman' });
    const missing = await fetch(`${origin}/assets/gone.js`);
    expect(missing.status).toBe(404);
  });

  it("answers the remote's mocked agency API on its origin, cross-origin and with a JSON 404 for the rest", async () => {
    const origin = gateway.remoteOrigins.get('pengumuman') ?? '';
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

  it('serves a server-rendered app on an origin of its own', async () => {
    const origin = gateway.remoteOrigins.get('aplikasi-lama') ?? '';
    expect(origin).not.toBe(gateway.remoteOrigins.get('pengumuman'));
    expect(await (await fetch(`${origin}/`)).text()).toBe('<h1>Aplikasi lama</h1>');
  });
});
