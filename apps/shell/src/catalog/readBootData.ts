import type { ManifestEntry } from '@bas/manifest';
import { parseShellConfig, type ResolvedShellConfig } from '../config/loadShellConfig.ts';
import { parseManifest } from './fetchManifest.ts';

/** The id of the JSON the portal server puts beside the home page it rendered. */
export const bootDataId = 'bas-boot';

/** What the server rendered the page from: the shell's config and the anonymous visitor's catalog. */
export interface BootData {
  config: ResolvedShellConfig;
  entries: ManifestEntry[];
  /** The manifest's ETag: the shell's first check for a newer catalog then costs a 304. */
  etag?: string;
  /** Set when the registry did not answer and the page was rendered from its copy confirmed at this time. */
  readAt?: string;
}

/**
 * Reads the config and catalog the server rendered the home page with, so the shell starts from what is already
 * on screen instead of fetching both again. Without them (a static host, another page) the shell fetches.
 */
export function readBootData(): BootData | undefined {
  const element = document.getElementById(bootDataId);
  if (element === null) return undefined;
  try {
    const data = JSON.parse(element.textContent) as {
      config?: unknown;
      entries?: unknown;
      etag?: unknown;
      readAt?: unknown;
    };
    // The server left out what the shell cannot use (renderHomePage) and said so in its log.
    return {
      config: parseShellConfig(data.config),
      entries: parseManifest(data, 'the page').entries,
      ...(typeof data.etag === 'string' ? { etag: data.etag } : {}),
      ...(typeof data.readAt === 'string' && Number.isFinite(Date.parse(data.readAt))
        ? { readAt: data.readAt }
        : {}),
    };
  } catch (error) {
    console.warn('The catalog rendered into the page is unusable; fetching it instead.', error);
    return undefined;
  }
}
