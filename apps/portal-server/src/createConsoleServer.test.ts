import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeServer, listen } from '@bas/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleServer } from './createConsoleServer.ts';

let origin: string;
let server: Server;
const apiCalls: string[] = [];
const config = {
  registryUrl: 'http://console.test',
  auth: { url: 'http://idp.test:8080', realm: 'bas', clientId: 'bas-console' },
};

beforeAll(async () => {
  const consoleDir = mkdtempSync(join(tmpdir(), 'bas-console-'));
  mkdirSync(join(consoleDir, 'assets'));
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>Pusat Kendali BAS</title>');
  writeFileSync(join(consoleDir, 'assets', 'main.js'), 'console.log(1)');
  server = createConsoleServer({
    consoleDir,
    config,
    api: (request, response) => {
      apiCalls.push(`${request.method} ${request.url}`);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"apps":[]}');
    },
  });
  origin = await listen(server, '127.0.0.1', 0);
});
afterAll(() => closeServer(server));

describe('the console origin', () => {
  it('serves its configuration, and its page at every route the console has', async () => {
    expect(await (await fetch(`${origin}/config.json`)).json()).toEqual(config);
    for (const path of ['/', '/antrean', '/aplikasi/pengumuman']) {
      const page = await fetch(`${origin}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('Pusat Kendali BAS');
    }
  });

  it('answers the orchestrator’s health probe with its security headers', async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('allows no inline script, no eval and no other origin than the identity provider', async () => {
    const policy = (await fetch(`${origin}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self';");
    // The design system's stylesheet, and no other inline style.
    expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=';/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("connect-src 'self' http://idp.test:8080");
    expect(policy).toContain("frame-ancestors 'self'");
  });

  it('passes /api/ to the registry, and refuses writes to its files with a reason', async () => {
    expect(await (await fetch(`${origin}/api/apps`)).json()).toEqual({ apps: [] });
    expect(apiCalls).toEqual(['GET /api/apps']);
    const refused = await fetch(`${origin}/antrean`, { method: 'POST' });
    expect(refused.status).toBe(405);
    expect(((await refused.json()) as { message: string }).message).toMatch(/registry is under \/api\//);
  });

  it('answers a missing file with 404, not the page', async () => {
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });
});
