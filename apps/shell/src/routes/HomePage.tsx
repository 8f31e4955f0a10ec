import { useCatalog } from '../catalog/catalogStore.ts';
import { popularEntries } from '../catalog/rankByUse.ts';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { AgencyLinks, LifeEventLinks } from './BrowseLinks.tsx';
import { CategoryIndex } from './CategoryIndex.tsx';
import { PageHeading } from './PageHeading.tsx';
import { ServiceTiles } from './ServiceTiles.tsx';

/**
 * The home: a phone's first screen offers the most used services with their icons; below come the person's own
 * apps, life events, the categories as an index and the way to the whole catalog (`/semua`). A few screens tall
 * whatever the catalog's size. (Whether the catalog failed or is a copy is said above every page: CatalogNotice.)
 */
export function HomePage() {
  const t = useTexts();
  const catalog = useCatalog();
  const { favourites, recent } = usePersonalLists();
  const entries = catalog.status === 'ready' ? catalog.entries : [];
  const pick = (ids: readonly string[]) => ids.flatMap((id) => entries.filter((entry) => entry.id === id));
  const favouriteEntries = pick(favourites);
  const recentEntries = pick(recent);
  return (
    <>
      <PageHeading text={t.home.title} />
      {catalog.status === 'loading' && <p role="status">{t.home.loading}</p>}
      {catalog.status === 'ready' && (
        <>
          <section aria-labelledby="populer">
            <h2 id="populer">{t.home.popular}</h2>
            <ServiceTiles entries={popularEntries(entries)} />
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
          <LifeEventLinks entries={entries} />
          <CategoryIndex entries={entries} />
          <p>
            <Link className="show-all" to="/semua">
              {t.home.showAll({ count: entries.length })}
            </Link>
          </p>
          <AgencyLinks entries={entries} />
        </>
      )}
    </>
  );
}
