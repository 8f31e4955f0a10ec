/** Where people sign in, and which portals may use this frame: `/config.json` on the auth origin. */
export interface FrameConfig {
  auth: { url: string; realm: string; clientId: string };
  /** The portal origins whose pages may embed the frame and talk to it. */
  portalOrigins: string[];
}

export async function loadFrameConfig(): Promise<FrameConfig> {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`the auth origin's config.json answered HTTP ${response.status}`);
  const config = (await response.json()) as Partial<FrameConfig>;
  if (config.auth === undefined || !Array.isArray(config.portalOrigins)) {
    throw new Error('the auth origin\'s config.json needs "auth" and "portalOrigins"');
  }
  return config as FrameConfig;
}

/**
 * `candidate` when it is an address on one of the portals this origin serves, otherwise the first portal's home:
 * the pages that send the tab back to the portal never send it anywhere else.
 */
export function portalAddress(config: FrameConfig, candidate: string | null): string {
  const safe = config.portalOrigins.some((origin) => candidate?.startsWith(`${origin}/`) === true);
  return safe && candidate !== null ? candidate : `${config.portalOrigins[0] ?? ''}/`;
}
