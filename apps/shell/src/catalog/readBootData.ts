import { parseShellConfig, type ResolvedShellConfig } from '../config/loadShellConfig.ts';
import type { ShellHome } from './catalogStore.ts';
import { parseManifestEntries } from './parseManifestEntries.ts';

/** The id of the JSON the portal server puts beside the home page it rendered. */
export const bootDataId = 'bas-boot';

/** What the server rendered the page from: the shell's config and the anonymous visitor's home. */
export interface BootData {
  config: ResolvedShellConfig;
  home: ShellHome;
  /** Set when the registry did not answer and the page was rendered from its copy confirmed at this time. */
  readAt?: string;
}

/** `{ name: count }` with whole counts only; anything else is a page that was tampered with or is too old. */
function parseCounts(value: unknown, name: string): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`the page's home has no "${name}" counts`);
  }
  const counts = Object.entries(value);
  if (!counts.every(([, count]) => Number.isSafeInteger(count) && (count as number) > 0)) {
    throw new Error(`the page's home has "${name}" counts that are not whole numbers`);
  }
  return Object.fromEntries(counts) as Record<string, number>;
}

function parseHome(value: unknown): ShellHome {
  const home = (value ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(home.total) || !Array.isArray(home.popular)) {
    throw new Error('the page has no home (its "total" and "popular")');
  }
  return {
    total: home.total as number,
    // The server left out what the shell cannot use (renderHomePage) and said so in its log.
    popular: parseManifestEntries(home.popular).entries,
    categories: parseCounts(home.categories, 'categories'),
    agencies: parseCounts(home.agencies, 'agencies'),
    lifeEvents: parseCounts(home.lifeEvents, 'lifeEvents'),
  };
}

/**
 * Reads the config and home the server rendered the page with, so the shell starts from what is already on screen
 * instead of fetching the config again, and hydrates before the catalog's list has arrived. Without them (a static
 * host, another page) the shell fetches.
 */
export function readBootData(): BootData | undefined {
  const element = document.getElementById(bootDataId);
  if (element === null) return undefined;
  try {
    const data = JSON.parse(element.textContent) as { config?: unknown; home?: unknown; readAt?: unknown };
    return {
      config: parseShellConfig(data.config),
      home: parseHome(data.home),
      ...(typeof data.readAt === 'string' && Number.isFinite(Date.parse(data.readAt))
        ? { readAt: data.readAt }
        : {}),
    };
  } catch (error) {
    console.warn('The home rendered into the page is unusable; fetching the catalog instead.', error);
    return undefined;
  }
}
