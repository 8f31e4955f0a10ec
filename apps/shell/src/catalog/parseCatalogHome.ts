import type { ShellHome } from './catalogStore.ts';
import { parseManifestEntries } from './parseManifestEntries.ts';

/** `{ name: count }` with whole counts only; anything else was tampered with or is too old. */
function parseCounts(value: unknown, name: string): Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`the home has no "${name}" counts`);
  }
  const counts = Object.entries(value);
  if (!counts.every(([, count]) => Number.isSafeInteger(count) && (count as number) > 0)) {
    throw new Error(`the home has "${name}" counts that are not whole numbers`);
  }
  return Object.fromEntries(counts) as Record<string, number>;
}

/**
 * The home as the page carries it or the registry sends it (`/api/catalog/home`), checked as untrusted: the popular
 * services the shell cannot use are left out, and anything else malformed fails, saying what.
 */
export function parseCatalogHome(value: unknown): ShellHome {
  const home = (value ?? {}) as Record<string, unknown>;
  if (!Number.isSafeInteger(home.total) || !Array.isArray(home.popular)) {
    throw new Error('the home has no whole "total" or no "popular" list');
  }
  return {
    total: home.total as number,
    // What the shell cannot open is left out, as from the list (the portal's server already did so for the page).
    popular: parseManifestEntries(home.popular).entries,
    categories: parseCounts(home.categories, 'categories'),
    agencies: parseCounts(home.agencies, 'agencies'),
    lifeEvents: parseCounts(home.lifeEvents, 'lifeEvents'),
  };
}
