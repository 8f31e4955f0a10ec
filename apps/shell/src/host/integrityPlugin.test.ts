import type { FederatedEntry } from '@bas/manifest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import type { ShellError } from '../errors/ShellError.ts';
import { integrityPlugin } from './integrityPlugin.ts';
import { createPagePins, type PagePins } from './pagePins.ts';
import { sriOf } from './sriOf.ts';

const origin = 'http://127.0.0.1:4101';
const encoded = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** A build served at `origin`: its manifest, one entry file, and an index pinning both. */
async function served() {
  const files: Record<string, string> = {
    'mf-manifest.json': JSON.stringify({ metaData: { publicPath: 'auto' } }),
    'remoteEntry.js': 'export const get = () => {};',
  };
  const hashes = Object.fromEntries(
    await Promise.all(Object.entries(files).map(async ([path, text]) => [path, await sriOf(encoded(text))])),
  ) as Record<string, string>;
  const index = JSON.stringify({ version: 1, files: hashes });
  vi.stubGlobal('fetch', (url: string) => {
    const path = new URL(url).pathname.slice(1);
    const body = path === 'bas-integrity.json' ? index : files[path];
    return Promise.resolve(new Response(body ?? 'not found', { status: body === undefined ? 404 : 200 }));
  });
  return { hashes, integrity: await sriOf(encoded(index)) };
}

/**
 * Opens `entry` as the runtime does (the request, then the manifest), in a page holding `pins`; the failure the
 * shell recorded, if any.
 */
async function opening(entry: FederatedEntry, pins = createPagePins()): Promise<ShellError | undefined> {
  let failure: ShellError | undefined;
  const { plugin } = integrityPlugin({
    pins,
    entryOf: () => entry,
    remoteOrigins: [origin],
    nonce: '',
    timeoutMs: 8000,
    failed: (_name, error) => (failure = error),
  });
  plugin.beforeRequest?.({ id: `${entry.id}/App` } as never);
  await (plugin.fetch as (url: string) => Promise<Response>)(entry.manifestUrl).catch(() => undefined);
  return failure;
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const script of document.head.querySelectorAll('script')) script.remove();
});

describe('the integrity plugin', () => {
  const at = { ...pengumumanEntry, manifestUrl: `${origin}/mf-manifest.json` };

  it('opens an app whose opening files are the index’s, hash for hash', async () => {
    const { hashes, integrity } = await served();
    const openingFiles = [{ path: 'remoteEntry.js', integrity: hashes['remoteEntry.js'] ?? '' }];
    expect(await opening({ ...at, integrity, openingFiles })).toBeUndefined();
  });

  it('refuses an app whose entry preloads a file with a hash its approved index does not give it', async () => {
    // A module the page preloaded is not fetched again under the import map's hash: the entry's own hash must be
    // the index's, or other bytes than the approved ones would run.
    const { integrity } = await served();
    const openingFiles = [{ path: 'remoteEntry.js', integrity: await sriOf(encoded('other bytes')) }];
    const failure = await opening({ ...at, integrity, openingFiles });
    expect(failure?.code).toBe('REMOTE_INTEGRITY');
    expect(failure?.message).toContain('does not pin remoteEntry.js');
  });

  it('refuses an app whose file the page holds from another entry’s preload, under other bytes', async () => {
    // Another agency's entry, approved, on an origin both agencies are served from: its folder holds this app's
    // files, and it preloads this app's entry file with bytes of its own at the hover, before this app is opened.
    const { integrity } = await served();
    const pins: PagePins = createPagePins();
    expect(pins.mayPreload(`${origin}/remoteEntry.js`, await sriOf(encoded('the other agency’s code')))).toBe(
      true,
    );
    const failure = await opening({ ...at, integrity }, pins);
    expect(failure?.code).toBe('REMOTE_INTEGRITY');
    expect(failure?.message).toContain('was preloaded with bytes');
  });
});
