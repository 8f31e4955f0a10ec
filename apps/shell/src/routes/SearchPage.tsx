import { useTexts } from '../i18n/useTexts.ts';
import { useSearchParams } from 'react-router';
import { useCatalog } from '../catalog/catalogStore.ts';
import { useCatalogSearch } from '../search/useCatalogSearch.ts';
import { AppCards } from './AppCards.tsx';
import { PageHeading } from './PageHeading.tsx';

/** `/cari?q=…`: every match, best first. */
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
      {(catalog.status === 'loading' || results === undefined) && <p role="status">{t.home.loading}</p>}
      {results !== undefined && (
        <>
          <p role="status">{t.search.count({ count: results.length })}</p>
          <AppCards entries={results} />
        </>
      )}
    </>
  );
}
