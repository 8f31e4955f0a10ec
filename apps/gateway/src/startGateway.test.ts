import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from './startGateway.ts';

let gateway: Gateway;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'bas-gateway-'));
  const shellDir = join(root, 'shell');
  const remoteDir = join(root, 'remote');
  mkdirSync(shellDir);
  mkdirSync(remoteDir);
  writeFileSync(join(shellDir, 'index.html'), '<!doctype html><title>BAS</title>');
  writeFileSync(join(remoteDir, 'mf-manifest.json'), '{"name":"pengumuman"}');
  gateway = await startGateway({
    port: 0,
    shellDir,
    remotes: [{ name: 'pengumuman', dir: remoteDir }],
    manifest: { entries: [{ id: 'pengumuman', entry: '{origin:pengumuman}/mf-manifest.json' }] },
    shellConfig: { remoteTimeoutMs: 1500 },
  });
});

afterAll(() => gateway.close());

describe('startGateway', () => {
  it('serves the manifest with the remote at the origin it really listens on', async () => {
    const origin = gateway.remoteOrigins.get('pengumuman');
    const response = await fetch(new URL('/api/manifest', gateway.url));
    expect(await response.json()).toEqual({
      entries: [{ id: 'pengumuman', entry: `${origin}/mf-manifest.json` }],
    });
  });

  it('answers deep links with the shell page so a reload keeps the address', async () => {
    const response = await fetch(new URL('/layanan/pengumuman/pbb-2027', gateway.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>BAS</title>');
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
});
