import type { ManifestEntry } from '@bas/manifest';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { loadCatalog, useCatalog } from '../catalog/catalogStore.ts';
import { id } from '../i18n/id.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { AppCards } from './AppCards.tsx';
import { useShownCards } from './useShownCards.ts';
import { BrowseLinks } from './BrowseLinks.tsx';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { PageHeading } from './PageHeading.tsx';

type Category = ManifestEntry['category'];

// The order the categories are listed in the shell's texts: population documents and health first.
const categoryOrder = Object.keys(id.categories);

/** Groups by category; within each, the apps this person uses (starred, then recently opened) come first. */
function byCategory(
  entries: readonly ManifestEntry[],
  used: readonly string[],
): Array<[Category, ManifestEntry[]]> {
  const rank = (entry: ManifestEntry) => {
    const index = used.indexOf(entry.id);
    return index === -1 ? used.length : index;
  };
  const groups = new Map<Category, ManifestEntry[]>();
  for (const entry of [...entries].sort((a, b) => rank(a) - rank(b))) {
    groups.set(entry.category, [...(groups.get(entry.category) ?? []), entry]);
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

export function HomePage() {
  const t = useTexts();
  const locale = useLocaleStore((state) => state.locale);
  const catalog = useCatalog();
  const { favourites, recent } = usePersonalLists();
  const pick = (ids: readonly string[]) =>
    catalog.status === 'ready' ? ids.flatMap((id) => catalog.entries.filter((entry) => entry.id === id)) : [];
  const shown = useShownCards(catalog.status === 'ready' ? catalog.entries.length : 0);
  const favouriteEntries = pick(favourites);
  const recentEntries = pick(recent);
  return (
    <>
      <PageHeading text={t.home.title} />
      <p>{t.home.intro}</p>
      {catalog.status === 'loading' && <p role="status">{t.home.loading}</p>}
      {catalog.status === 'ready' && catalog.savedAt !== undefined && (
        <div className="stale-catalog" role="alert">
          <p>{t.home.saved({ date: new Date(catalog.savedAt).toLocaleString(locale) })}</p>
          <button type="button" onClick={() => void loadCatalog()}>
            {t.home.retry}
          </button>
        </div>
      )}
      {catalog.status === 'failed' && (
        <div role="alert" data-error-code={catalog.error.code}>
          <p>{t.home.failed}</p>
          <button type="button" onClick={() => void loadCatalog()}>
            {t.home.retry}
          </button>
        </div>
      )}
      {favouriteEntries.length > 0 && (
        <section aria-labelledby="favorit">
          <h2 id="favorit">{t.home.favourites}</h2>
          <AppCards entries={favouriteEntries} />
        </section>
      )}
      {recentEntries.length > 0 && (
        <section aria-labelledby="terakhir">
          <h2 id="terakhir">{t.home.recent}</h2>
          <AppCards entries={recentEntries} />
        </section>
      )}
      {catalog.status === 'ready' && <BrowseLinks entries={catalog.entries} />}
      {catalog.status === 'ready' &&
        firstCards(byCategory(catalog.entries, [...favourites, ...recent]), shown).map(
          ([category, entries]) => (
            <section key={category} aria-labelledby={`kategori-${category}`}>
              <h2 id={`kategori-${category}`}>{t.categories[category]}</h2>
              <AppCards entries={entries} />
            </section>
          ),
        )}
    </>
  );
}
