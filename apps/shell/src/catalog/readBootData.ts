import type { ManifestEntry } from '@bas/manifest';
import { parseShellConfig, type ShellConfig } from '../config/loadShellConfig.ts';
import { parseManifest } from './fetchManifest.ts';

/** The id of the JSON the portal server puts beside the home page it rendered. */
export const bootDataId = 'bas-boot';

/** What the server rendered the page from: the shell's config and the anonymous visitor's catalog. */
export interface BootData {
  config: ShellConfig;
  entries: ManifestEntry[];
}

/**
 * Reads the config and catalog the server rendered the home page with, so the shell starts from what is already
 * on screen instead of fetching both again. Without them (a static host, another page) the shell fetches.
 */
export function readBootData(): BootData | undefined {
  const element = document.getElementById(bootDataId);
  if (element === null) return undefined;
  try {
    const data = JSON.parse(element.textContent) as { config?: unknown; entries?: unknown };
    return { config: parseShellConfig(data.config), entries: parseManifest(data, 'the page') };
  } catch (error) {
    console.warn('The catalog rendered into the page is unusable; fetching it instead.', error);
    return undefined;
  }
}
