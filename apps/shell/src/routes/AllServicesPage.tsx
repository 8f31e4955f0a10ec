import type { ManifestEntry } from '@bas/manifest';
import { rankByUse } from '@bas/manifest/guides';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useCatalog, wantWholeCatalog, wholeCatalogLimit } from '../catalog/catalogStore.ts';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { AppCards } from './AppCards.tsx';
import { AgencyLinks, LifeEventLinks } from './BrowseLinks.tsx';
import { CategoryIndex, categoryOrder } from './CategoryIndex.tsx';
import { PageHeading } from './PageHeading.tsx';
import { useShownCards } from './useShownCards.ts';

type Category = ManifestEntry['category'];

/** Grouped by category in the index's order; within each, in order of use. */
function byCategory(entries: readonly ManifestEntry[]): Array<[Category, ManifestEntry[]]> {
  const groups = new Map<Category, ManifestEntry[]>();
  for (const entry of entries) groups.set(entry.category, [...(groups.get(entry.category) ?? []), entry]);
  return [...groups].sort(([a], [b]) => categoryOrder.indexOf(a) - categoryOrder.indexOf(b));
}

/** The groups cut after `count` cards. */
function firstCards<T>(groups: Array<[Category, T[]]>, count: number): Array<[Category, T[]]> {
  const shown: Array<[Category, T[]]> = [];
  let left = count;
  for (const [category, entries] of groups) {
    if (left <= 0) break;
    shown.push([category, entries.slice(0, left)]);
    left -= entries.length;
  }
  return shown;
}

/**
 * `/semua`: the whole catalog, one tap from the home, rendered in small steps so no task grows with its size; for a
 * visitor of a catalog larger than a person can look through (a national portal's), its directory instead: every
 * category, life event and agency with how many apps it holds, each one tap from its own page, and search.
 */
export function AllServicesPage() {
  const t = useTexts();
  const catalog = useCatalog();
  const { favourites, recent } = usePersonalLists();
  const total = catalog.status === 'ready' ? catalog.entries.length : 0;
  const shown = useShownCards(total);
  const home = catalog.status === 'loading' ? catalog.home : undefined;
  // Reached by a link to this address, the page learns the catalog's size from the home it asks for.
  const homeTotal = home?.total;
  useEffect(() => wantWholeCatalog(), [homeTotal]);
  if (home !== undefined && home.total > wholeCatalogLimit) {
    return (
      <>
        <PageHeading text={t.home.allTitle} />
        <p>
          {t.home.directory({ count: home.total })} <Link to="/cari">{t.home.directorySearch}</Link>
        </p>
        <CategoryIndex counts={home.categories} />
        <LifeEventLinks counts={home.lifeEvents} />
        <AgencyLinks counts={home.agencies} />
      </>
    );
  }
  return (
    <>
      <PageHeading text={t.home.allTitle} />
      {catalog.status === 'ready'
        ? firstCards(byCategory(rankByUse(catalog.entries, [...favourites, ...recent])), shown).map(
            ([category, entries]) => (
              <section key={category} aria-labelledby={`kategori-${category}`}>
                <h2 id={`kategori-${category}`}>{t.categories[category]}</h2>
                <AppCards entries={entries} />
              </section>
            ),
          )
        : catalog.status === 'loading' && <p role="status">{t.home.loading}</p>}
    </>
  );
}
