import { gzipSync } from 'node:zlib';

/**
 * The catalog data a visitor's browser receives before the first paint, gzip (level 9): what the portal's server
 * rendered into the home page beside the HTML (the `bas-boot` JSON), since the shell fetches no catalog before it
 * paints that page.
 */
export async function measureCatalogBytes(portalUrl: string): Promise<number> {
  const html = await (await fetch(portalUrl)).text();
  const boot = /<script[^>]*\bid="bas-boot"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (boot === undefined)
    throw new Error(`${portalUrl} rendered no catalog into its home page (no #bas-boot)`);
  return gzipSync(Buffer.from(boot), { level: 9 }).length;
}
