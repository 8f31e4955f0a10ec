import { catalogHomeOf } from '@bas/manifest';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { useCatalog, wantOwnApps } from '../catalog/catalogStore.ts';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { AgencyLinks, LifeEventLinks } from './BrowseLinks.tsx';
import { CategoryIndex } from './CategoryIndex.tsx';
import { PageHeading } from './PageHeading.tsx';
import { ServiceTiles } from './ServiceTiles.tsx';

/**
 * The home: a phone's first screen offers the most used services with their icons; below come the person's own
 * apps, life events, the categories as an index and the way to the whole catalog (`/semua`). A few screens tall
 * whatever the catalog's size. On the page the server rendered it shows the home it was rendered from until the
 * list has arrived, and then the same taken from the list. (Whether the catalog failed or is a copy is said above
 * every page: CatalogNotice.)
 */
export function HomePage() {
  const t = useTexts();
  const catalog = useCatalog();
  const { favourites, recent } = usePersonalLists();
  const entries = catalog.status === 'ready' ? catalog.entries : undefined;
  const listed = useMemo(() => entries && catalogHomeOf(entries, (entry) => entry), [entries]);
  const home = listed ?? (catalog.status === 'loading' ? catalog.home : undefined);
  // The person's own apps: from the list once it is loaded, and before it, asked for by id (or the list, signed in).
  const byId =
    catalog.status === 'ready' ? catalog.byId : catalog.status === 'loading' ? catalog.own?.byId : undefined;
  const pick = (ids: readonly string[]) => ids.flatMap((id) => byId?.get(id) ?? []);
  const own = [...favourites, ...recent].join(',');
  useEffect(() => {
    if (own !== '') wantOwnApps(own.split(','));
  }, [own]);
  const favouriteEntries = pick(favourites);
  const recentEntries = pick(recent);
  return (
    <>
      <PageHeading text={t.home.title} />
      {home === undefined && catalog.status === 'loading' && <p role="status">{t.home.loading}</p>}
      {home !== undefined && (
        <>
          <section aria-labelledby="populer">
            <h2 id="populer">{t.home.popular}</h2>
            <ServiceTiles entries={home.popular} />
          </section>
          {favouriteEntries.length > 0 && (
            <section aria-labelledby="favorit">
              <h2 id="favorit">{t.home.favourites}</h2>
              <ServiceTiles entries={favouriteEntries} />
            </section>
          )}
          {recentEntries.length > 0 && (
            <section aria-labelledby="terakhir">
              <h2 id="terakhir">{t.home.recent}</h2>
              <ServiceTiles entries={recentEntries} />
            </section>
          )}
          <LifeEventLinks counts={home.lifeEvents} />
          <CategoryIndex counts={home.categories} />
          <p>
            <Link className="show-all" to="/semua">
              {t.home.showAll({ count: home.total })}
            </Link>
          </p>
          <AgencyLinks counts={home.agencies} />
        </>
      )}
    </>
  );
}
