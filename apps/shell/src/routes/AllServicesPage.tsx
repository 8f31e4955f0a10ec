import { catalogHomeOf, type ManifestEntry } from '@bas/manifest';
import { rankByUse } from '@bas/manifest/guides';
import { useEffect, useMemo } from 'react';
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

/** Grouped by category in the index's order; within each, in the order given. */
function byCategory(entries: readonly ManifestEntry[]): Array<[Category, ManifestEntry[]]> {
  const groups = new Map<Category, ManifestEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.category);
    if (group === undefined) groups.set(entry.category, [entry]);
    else group.push(entry);
  }
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
 * catalog larger than a person can look through (a national portal's), its directory instead: every category, life
 * event and agency with how many apps it holds, each one tap from its own page, and search (decisions/0038).
 */
export function AllServicesPage() {
  const t = useTexts();
  const catalog = useCatalog();
  const { favourites, recent } = usePersonalLists();
  const entries = catalog.status === 'ready' ? catalog.entries : undefined;
  // The counts: from the list once it is loaded, before it from the home (asked for when the page has none).
  const listed = useMemo(
    () => (entries === undefined ? undefined : catalogHomeOf(entries, (entry) => entry)),
    [entries],
  );
  const home = listed ?? (catalog.status === 'loading' ? catalog.home : undefined);
  const directory = home !== undefined && home.total > wholeCatalogLimit;
  const groups = useMemo(
    () =>
      entries === undefined || directory ? [] : byCategory(rankByUse(entries, [...favourites, ...recent])),
    [entries, directory, favourites, recent],
  );
  const shown = useShownCards(directory ? 0 : (entries?.length ?? 0));
  const homeTotal = home?.total;
  useEffect(() => wantWholeCatalog(), [homeTotal]);
  if (directory) {
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
      {entries !== undefined
        ? firstCards(groups, shown).map(([category, cards]) => (
            <section key={category} aria-labelledby={`kategori-${category}`}>
              <h2 id={`kategori-${category}`}>{t.categories[category]}</h2>
              <AppCards entries={cards} />
            </section>
          ))
        : catalog.status === 'loading' && <p role="status">{t.home.loading}</p>}
    </>
  );
}
