import { appPath } from '@bas/sdk';
import { Link, useSearchParams } from 'react-router';
import { useCatalog } from '../catalog/catalogStore.ts';
import { popularEntries } from '../catalog/rankByUse.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';
import type { CatalogSearch } from '../search/createCatalogSearch.ts';
import { useCatalogSearch } from '../search/useCatalogSearch.ts';
import { AppCards } from './AppCards.tsx';
import { PageHeading } from './PageHeading.tsx';
import { ServiceTiles } from './ServiceTiles.tsx';

/** Ways straight into part of an app: "Aduan Warga › Lampu jalan mati". */
function Shortcuts({ search, query }: { search: CatalogSearch; query: string }) {
  const t = useTexts();
  const localized = useLocalized();
  const hits = search.shortcuts(query);
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby="pintasan">
      <h2 id="pintasan">{t.search.shortcuts}</h2>
      <ul className="chip-list">
        {hits.map(({ entry, shortcut }) => (
          <li key={`${entry.id}/${shortcut.path}`}>
            <Link to={appPath(entry.route, shortcut.path)}>
              {`${localized(entry.name)} › ${localized(shortcut.label)}`}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `/cari?q=…`: every match, best first; with nothing found, what comes closest and the most used services. */
export function SearchPage() {
  const t = useTexts();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const catalog = useCatalog();
  const search = useCatalogSearch(true);
  const results = search === undefined ? undefined : search(query, 100);
  return (
    <>
      <PageHeading text={t.search.title({ query })} />
      {catalog.status !== 'failed' && search === undefined && <p role="status">{t.home.loading}</p>}
      {search !== undefined && results !== undefined && (
        <>
          <p role="status">
            {results.length > 0 ? t.search.count({ count: results.length }) : t.search.none({ query })}
          </p>
          <Shortcuts search={search} query={query} />
          {results.length > 0 ? (
            <AppCards entries={results} />
          ) : (
            <>
              <p>{t.search.tips}</p>
              {search.related(query).length > 0 && (
                <section aria-labelledby="mungkin">
                  <h2 id="mungkin">{t.search.related}</h2>
                  <ServiceTiles entries={search.related(query)} />
                </section>
              )}
              <section aria-labelledby="populer">
                <h2 id="populer">{t.home.popular}</h2>
                <ServiceTiles entries={catalog.status === 'ready' ? popularEntries(catalog.entries) : []} />
              </section>
              <p>
                <Link className="show-all" to="/semua">
                  {t.search.browseAll}
                </Link>
              </p>
            </>
          )}
        </>
      )}
    </>
  );
}
