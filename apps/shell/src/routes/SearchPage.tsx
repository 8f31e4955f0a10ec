import type { IndexEntry } from '@bas/manifest/catalogIndex';
import { popularServices } from '@bas/manifest/guides';
import { appPath } from '@bas/sdk';
import { Link, useSearchParams } from 'react-router';
import { useCatalog } from '../catalog/catalogStore.ts';
import { useEntriesWithIds } from '../catalog/useEntriesWithIds.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';
import type { ShortcutHit } from '../search/createCatalogSearch.ts';
import { useCatalogSearch } from '../search/useCatalogSearch.ts';
import { AppCards } from './AppCards.tsx';
import { PageHeading } from './PageHeading.tsx';
import { ServiceTiles } from './ServiceTiles.tsx';

/** Ways straight into part of an app: "Aduan Warga › Lampu jalan mati". */
function Shortcuts({ hits }: { hits: readonly ShortcutHit[] }) {
  const t = useTexts();
  const localized = useLocalized();
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

/**
 * `/cari?q=…`: every match, best first; with nothing found, what comes closest and the most used services. Search
 * finds apps in the catalog's index; the cards show them whole, asked for by id (at most 100: one request).
 */
export function SearchPage() {
  const t = useTexts();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const catalog = useCatalog();
  const answer = useCatalogSearch(query, 100, { wanted: true, full: true });
  const none = answer?.results.length === 0;
  const idsOf = (entries: readonly IndexEntry[]) => entries.map((entry) => entry.id);
  const shown =
    answer === undefined
      ? undefined
      : none
        ? [...idsOf(answer.related), ...popularServices]
        : idsOf(answer.results);
  const whole = useEntriesWithIds(shown === undefined ? undefined : [...new Set(shown)]);
  const among = (ids: readonly string[]) => (whole ?? []).filter((entry) => ids.includes(entry.id));
  return (
    <>
      <PageHeading text={t.search.title({ query })} />
      {catalog.status !== 'failed' && whole === undefined && <p role="status">{t.home.loading}</p>}
      {answer !== undefined && whole !== undefined && (
        <>
          <p role="status">
            {none ? t.search.none({ query: answer.query }) : t.search.count({ count: whole.length })}
          </p>
          <Shortcuts hits={answer.shortcuts} />
          {!none ? (
            <AppCards entries={whole} />
          ) : (
            <>
              <p>{t.search.tips}</p>
              {answer.related.length > 0 && (
                <section aria-labelledby="mungkin">
                  <h2 id="mungkin">{t.search.related}</h2>
                  <ServiceTiles entries={among(idsOf(answer.related))} />
                </section>
              )}
              <section aria-labelledby="populer">
                <h2 id="populer">{t.home.popular}</h2>
                <ServiceTiles entries={among(popularServices)} />
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
