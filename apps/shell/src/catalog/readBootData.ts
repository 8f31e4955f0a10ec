import { parseShellConfig, type ResolvedShellConfig } from '../config/loadShellConfig.ts';
import type { ShellHome } from './catalogStore.ts';
import type { IconShapes } from '../routes/inlineIcons.ts';
import { parseCatalogHome } from './parseCatalogHome.ts';

/** The id of the JSON the portal server puts beside the home page it rendered. */
export const bootDataId = 'bas-boot';

/** What the server rendered the page from: the shell's config and the anonymous visitor's home. */
export interface BootData {
  config: ResolvedShellConfig;
  home: ShellHome;
  /** Set when the registry did not answer and the page was rendered from its copy confirmed at this time. */
  readAt?: string;
  /** The icons the server drew inline in the home's tiles, by name: hydrating draws the same. */
  icons: ReadonlyMap<string, IconShapes>;
}

/**
 * The icons the server drew, as it put them beside the page: only shapes and their geometry (iconShapes, on the
 * server), in the same document as the markup they match.
 */
function readIcons(raw: unknown): ReadonlyMap<string, IconShapes> {
  return new Map(
    typeof raw === 'object' && raw !== null ? Object.entries(raw as Record<string, IconShapes>) : [],
  );
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
    const data = JSON.parse(element.textContent) as {
      config?: unknown;
      home?: unknown;
      readAt?: unknown;
      icons?: unknown;
    };
    return {
      config: parseShellConfig(data.config),
      home: parseCatalogHome(data.home),
      icons: readIcons(data.icons),
      ...(typeof data.readAt === 'string' && Number.isFinite(Date.parse(data.readAt))
        ? { readAt: data.readAt }
        : {}),
    };
  } catch (error) {
    console.warn('The home rendered into the page is unusable; fetching the catalog instead.', error);
    return undefined;
  }
}
