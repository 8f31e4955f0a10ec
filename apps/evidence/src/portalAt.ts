/**
 * Whether the BAS portal answers at `url`: its page's `/config.json` names the catalog it shows (`manifestUrl`).
 * The registry alone has no such file, and the screenshots need the portal's pages. Never throws: an address that
 * does not answer within `timeoutMs` has no portal.
 */
export async function portalAt(url: URL, timeoutMs = 5_000): Promise<boolean> {
  try {
    const response = await fetch(new URL('/config.json', url), {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return false;
    const config = (await response.json()) as { manifestUrl?: unknown } | null;
    return typeof config?.manifestUrl === 'string';
  } catch {
    return false;
  }
}
