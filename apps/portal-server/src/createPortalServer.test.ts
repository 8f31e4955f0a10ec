import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { listen } from '@bas/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalServer } from './createPortalServer.ts';
import { fetchManifestSource } from './ManifestSource.ts';

let portal: string;
/** The shell page as sent: the build's index.html with this answer's nonce. */
const shellPage =
  /^<!doctype html><title>BAS<\/title><script type="module" nonce="[A-Za-z0-9+/]{24}" src="\/assets\/app.js"><\/script>$/;
const withoutNonce = (html: string) => html.replace(/nonce="[^"]+"/g, 'nonce');
let registryUp = false;
let renders = 0;
let renderFails = true;
let registryRequests = 0;
const renderedIn: string[] = [];
const servers: Server[] = [];

// A registry as the portal server sees it over HTTP: the anonymous manifest with its ETag, 304 when unchanged.
const registry = createServer((request, response) => {
  registryRequests += 1;
  if (!registryUp) return void response.writeHead(503).end();
  if (request.headers['if-none-match'] === '"m1"') return void response.writeHead(304).end();
  response.writeHead(200, { 'content-type': 'application/json', etag: '"m1"' });
  response.end(JSON.stringify({ entries: [{ id: 'pengumuman' }] }));
});

beforeAll(async () => {
  const shellDir = mkdtempSync(join(tmpdir(), 'bas-portal-server-'));
  writeFileSync(
    join(shellDir, 'index.html'),
    '<!doctype html><title>BAS</title><script type="module" nonce="BAS_CSP_NONCE" src="/assets/app.js"></script>',
  );
  mkdirSync(join(shellDir, 'assets'));
  writeFileSync(join(shellDir, 'assets/app.js'), 'export {};');
  writeFileSync(join(shellDir, 'assets/app.js.br'), brotliCompressSync('export {};'));
  writeFileSync(join(shellDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  servers.push(registry);
  const registryUrl = await listen(registry, '127.0.0.1', 0);
  const server = createPortalServer({
    shellDir,
    shellConfig: {
      manifestUrl: '/api/manifest',
      remoteTimeoutMs: 1500,
      remoteOrigins: ['http://aset.test'],
      auth: { frameOrigin: 'http://auth.test' },
    },
    catalogSources: (route) =>
      Promise.resolve(
        route === 'antrean'
          ? { connect: ['https://api.disdukcapil.test'], frame: [] }
          : route === 'lama'
            ? { connect: [], frame: ['https://lama.test'] }
            : { connect: [], frame: [] },
      ),
    renderHome: (template, config, entries, locale, catalog) => {
      renders += 1;
      renderedIn.push(locale ?? 'id');
      if (renderFails) throw new Error('The renderer failed');
      return template.replace(
        '</title>',
        // Catalog text naming the build's nonce placeholder must not be given the page's nonce.
        () =>
          `</title><main>${JSON.stringify(config)} ${entries.length} layanan BAS_CSP_NONCE ${JSON.stringify(catalog)}</main>`,
      );
    },
    manifest: fetchManifestSource(registryUrl),
    // Every request revalidates, so each test sees the registry's answer at once.
    homeMaxAgeMs: 0,
  });
  servers.push(server);
  portal = `${await listen(server, '127.0.0.1', 0)}/`;
});

afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

describe('createPortalServer', () => {
  it('sends the static index.html for the home page while the registry cannot answer', async () => {
    const response = await fetch(portal);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(shellPage);
    expect(renders).toBe(0);
  });

  it('sends the static index.html when the page cannot be rendered', async () => {
    registryUp = true;
    const response = await fetch(portal);
    expect(await response.text()).toMatch(shellPage);
    expect(renders).toBe(1);
  });

  it('renders the home page with the config and anonymous catalog, compressed, once per manifest version', async () => {
    renderFails = false;
    renders = 0;
    const first = await fetch(portal, { headers: { 'accept-encoding': 'br' } });
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(await first.text()).toMatch(
      /^<!doctype html><title>BAS<\/title><main>\{"manifestUrl":"\/api\/manifest",.*\} 1 layanan BAS_CSP_NONCE \{\}<\/main><script type="module" nonce="[A-Za-z0-9+/]{24}" src="\/assets\/app.js"><\/script>$/,
    );
    const plain = await fetch(new URL('/index.html', portal), { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('1 layanan');
    expect(renders).toBe(1);
  });

  it('renders the home in the language the visitor chose, once per language', async () => {
    renderedIn.length = 0;
    const english = { headers: { cookie: 'bas-lang=en' } };
    expect((await fetch(portal, english)).status).toBe(200);
    expect((await fetch(portal, english)).status).toBe(200);
    expect(renderedIn).toEqual(['en']);
    // Anything else than a language the portal has is Bahasa Indonesia, already rendered.
    await fetch(portal, { headers: { cookie: 'bas-lang=fr' } });
    expect(renderedIn).toEqual(['en']);
  });

  it('asks the registry once for visitors who come at the same time', async () => {
    registryRequests = 0;
    const pages = await Promise.all(
      Array.from({ length: 8 }, () => fetch(portal).then((page) => page.text())),
    );
    expect(new Set(pages.map(withoutNonce)).size).toBe(1);
    expect(registryRequests).toBeLessThan(8);
  });

  it('keeps serving the last rendered home page while the registry does not answer, saying since when', async () => {
    const fresh = await (await fetch(portal)).text();
    expect(fresh).toContain('BAS_CSP_NONCE {}');
    const confirmed = Date.now();
    registryUp = false;
    const stale = await (await fetch(portal)).text();
    registryUp = true;
    expect(stale).toContain('1 layanan');
    const readAt = /"readAt":"([^"]+)"/.exec(stale)?.[1] ?? '';
    expect(Math.abs(Date.parse(readAt) - confirmed)).toBeLessThan(1000);
    // Back: the page no longer says it is old.
    expect(await (await fetch(portal)).text()).not.toContain('readAt');
  });

  it('answers deep links with the shell page so a reload keeps the address', async () => {
    const response = await fetch(new URL('/layanan/pengumuman/pbb-2027', portal));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>BAS</title>');
  });

  it('serves built files compressed where the build wrote .br beside them', async () => {
    const response = await fetch(new URL('/assets/app.js', portal), { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toBe('export {};');
  });

  it('lets browsers keep the files the build names after their content for a year, and the favicon a day', async () => {
    const chunk = await fetch(new URL('/assets/app.js', portal));
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const favicon = await fetch(new URL('/favicon.svg', portal));
    expect(favicon.headers.get('cache-control')).toBe('public, max-age=86400');
    // Pages change with every build and carry a nonce of their own: never kept.
    const page = await fetch(new URL('/layanan/pengumuman', portal));
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers the orchestrator’s health probe without asking the registry', async () => {
    const response = await fetch(new URL('/healthz', portal));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the runtime config it was given', async () => {
    const response = await fetch(new URL('/config.json', portal));
    expect(await response.json()).toEqual({
      manifestUrl: '/api/manifest',
      remoteTimeoutMs: 1500,
      remoteOrigins: ['http://aset.test'],
      auth: { frameOrigin: 'http://auth.test' },
    });
  });

  it('answers API paths without a registry with a JSON 404 that says where they belong, not the shell page', async () => {
    const response = await fetch(new URL('/api/manifest', portal));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('registry'),
    });
  });

  it('gives every page a nonce of its own, in its scripts and in its enforced policy', async () => {
    const nonces = [];
    for (const path of ['/', '/', '/layanan/pengumuman']) {
      const response = await fetch(new URL(path, portal));
      const nonce = /nonce="([^"]+)"/.exec(await response.text())?.[1] ?? '';
      expect(response.headers.get('content-security-policy'), path).toContain(
        `script-src 'self' 'nonce-${nonce}' `,
      );
      expect(response.headers.get('etag'), path).toBeNull();
      nonces.push(nonce);
    }
    expect(new Set(nonces).size).toBe(3);
  });

  it("allows scripts from the portal and the remotes' origins only, no eval, and of the catalog only what the page's app needs", async () => {
    const policyOf = async (path: string) =>
      (await fetch(new URL(path, portal))).headers.get('content-security-policy') ?? '';
    const directiveOf = (policy: string, name: string) =>
      policy.split('; ').find((part) => part.startsWith(`${name} `));
    const policy = await policyOf('/');
    const directive = (name: string) => directiveOf(policy, name);
    expect(directive('script-src')).toMatch(/^script-src 'self' 'nonce-[^']+' http:\/\/aset\.test$/);
    expect(policy).not.toContain('unsafe-eval');
    // The home: no app's API or frame.
    expect(directive('connect-src')).toBe("connect-src 'self' http://aset.test");
    expect(directive('frame-src')).toBe('frame-src http://auth.test');
    // An app's page: its API, or its frame, and no other app's.
    const antrean = await policyOf('/layanan/antrean/baru');
    expect(directiveOf(antrean, 'connect-src')).toBe(
      "connect-src 'self' http://aset.test https://api.disdukcapil.test",
    );
    expect(directiveOf(antrean, 'frame-src')).toBe('frame-src http://auth.test');
    const lama = await policyOf('/layanan/lama');
    expect(directiveOf(lama, 'connect-src')).toBe("connect-src 'self' http://aset.test https://lama.test");
    expect(directiveOf(lama, 'frame-src')).toBe('frame-src http://auth.test https://lama.test');
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect((await fetch(portal)).headers.get('content-security-policy-report-only')).toContain(
      "require-trusted-types-for 'script'",
    );
  });

  it("lets a developer's local build into their own pages only, from this machine only", async () => {
    const scriptSources = (response: Response) =>
      (response.headers.get('content-security-policy') ?? '')
        .split('; ')
        .find((part) => part.startsWith('script-src '));
    const set = await fetch(
      new URL('/layanan/layanan-saya?tab=1&bas-remote-override=layanan-saya@http://127.0.0.1:4300/', portal),
      { redirect: 'manual' },
    );
    expect(set.status).toBe(303);
    expect(set.headers.get('location')).toBe('/layanan/layanan-saya?tab=1');
    const cookie = (set.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(set.headers.get('set-cookie')).toContain('SameSite=Strict');
    const page = await fetch(new URL('/layanan/layanan-saya?tab=1', portal), { headers: { cookie } });
    expect(scriptSources(page)).toMatch(/ http:\/\/aset\.test http:\/\/127\.0\.0\.1:4300$/);
    // Another browser's pages (no cookie) are as before.
    expect(scriptSources(await fetch(portal))).toMatch(/ http:\/\/aset\.test$/);

    // Code from the network is never an override, also not through a cookie set by hand.
    const remote = await fetch(new URL('/?bas-remote-override=layanan-saya@https://evil.test/', portal), {
      redirect: 'manual',
    });
    expect(remote.status).toBe(400);
    expect(await remote.text()).toContain(
      'bas-remote-override=layanan-saya@https://evil.test/ is not an override: give <app-id>@<address of your local build on this machine>',
    );
    const forged = await fetch(portal, {
      headers: { cookie: `bas-remote-override=${encodeURIComponent('layanan-saya@https://evil.test/')}` },
    });
    expect(scriptSources(forged)).toMatch(/ http:\/\/aset\.test$/);

    const off = await fetch(new URL('/?bas-remote-override=off', portal), {
      redirect: 'manual',
      headers: { cookie },
    });
    expect(off.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('survives an override cookie any page script could have written, and redirects only within the portal', async () => {
    const garbled = { cookie: 'bas-remote-override=%' };
    expect((await fetch(portal, { headers: garbled })).status).toBe(200);
    const off = await fetch(new URL('/?bas-remote-override=off', portal), {
      redirect: 'manual',
      headers: garbled,
    });
    expect(off.status).toBe(303);
    // A raw path that reads as `//evil.example/` must not become a redirect to another site.
    const location = await new Promise<string | undefined>((resolve, reject) => {
      const target = new URL(portal);
      request(
        { host: target.hostname, port: target.port, path: '/%2e//evil.example/?bas-remote-override=off' },
        (response) => {
          response.resume();
          resolve(response.headers.location);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(location).toBe('/evil.example/');
  });

  it("draws each entry's icon by its Lucide name, and a generic one for a name Lucide does not have", async () => {
    const icon = await fetch(`${portal}icons/id-card.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
    const svg = await icon.text();
    expect(svg).toContain('lucide-id-card');
    expect(svg).toContain('stroke="#0b5d3b"');
    const unknown = await fetch(`${portal}icons/no-such-icon.svg`);
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain('lucide-layout-grid');
    // Not a way to read other files: a name is letters, digits and hyphens only.
    expect((await fetch(`${portal}icons/..%2fpackage.svg`)).status).toBe(404);
  });

  it('forbids framing and type sniffing on every answer', async () => {
    for (const path of ['/', '/assets/app.js', '/config.json', '/api/manifest']) {
      const response = await fetch(new URL(path, portal));
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('noopener-allow-popups');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
