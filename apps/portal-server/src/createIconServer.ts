import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { lucideIcons } from './lucideIconShapes.ts';

/** Drawn for a name Lucide does not have, so a card never shows a broken image. */
const fallbackIcon = 'layout-grid';
/** The portal's green: an `<img>` cannot inherit `currentColor`, so the stroke is set here. */
const stroke = '#0b5d3b';
const iconPath = /^\/icons\/([a-z][a-z0-9-]{1,39})\.svg$/;

/**
 * `/icons/<name>.svg`: the catalog entries' icons, drawn from Lucide (ISC licence; a consistent 24 px line set of
 * about 2,000 icons at some 400 bytes each). Served by name rather than bundled, so an app published tomorrow with
 * any Lucide icon shows it without a new shell build, and a page loads only the icons it shows. Returns false
 * for any other path.
 */
export function createIconServer() {
  const cache = new Map<string, Promise<string | undefined>>();
  const load = (name: string) => {
    let icon = cache.get(name);
    if (icon === undefined) {
      icon = readFile(join(lucideIcons, `${name}.svg`), 'utf8').then(
        (svg) => svg.replace(/stroke="currentColor"/, `stroke="${stroke}"`),
        () => undefined,
      );
      cache.set(name, icon);
    }
    return icon;
  };
  return function serveIcon(request: IncomingMessage, response: ServerResponse, path: string): boolean {
    const name = iconPath.exec(path)?.[1];
    if (name === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    void (async () => {
      // Only names that exist are remembered, so a crawler asking for random names cannot grow the cache.
      const svg = (await load(name)) ?? (cache.delete(name), await load(fallbackIcon));
      response.writeHead(200, {
        'content-type': 'image/svg+xml; charset=utf-8',
        // Named, not content-hashed: a day is long enough for a phone and short enough for an icon set update.
        'cache-control': 'public, max-age=86400',
      });
      response.end(request.method === 'HEAD' ? undefined : svg);
    })();
    return true;
  };
}
