import type { ManifestEntry } from '@bas/manifest';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agencyShortName } from '../catalog/agencyShortName.ts';
import { loadCatalog, useCatalog } from '../catalog/catalogStore.ts';
import { id } from '../i18n/locales.ts';
import { useLocalized } from '../i18n/useLocalized.ts';

type Category = ManifestEntry['category'];

// The order the categories are listed in the shell's texts: population documents and health first.
const categoryOrder = Object.keys(id.categories);

function byCategory(entries: readonly ManifestEntry[]): Array<[Category, ManifestEntry[]]> {
  const groups = new Map<Category, ManifestEntry[]>();
  for (const entry of entries) groups.set(entry.category, [...(groups.get(entry.category) ?? []), entry]);
  return [...groups].sort(([a], [b]) => categoryOrder.indexOf(a) - categoryOrder.indexOf(b));
}

export function HomePage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const catalog = useCatalog();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {catalog.status === 'loading' && <p role="status">{t('home.loading')}</p>}
      {catalog.status === 'failed' && (
        <div role="alert" data-error-code={catalog.error.code}>
          <p>{t('home.failed')}</p>
          <button type="button" onClick={() => void loadCatalog()}>
            {t('home.retry')}
          </button>
        </div>
      )}
      {catalog.status === 'ready' &&
        byCategory(catalog.entries).map(([category, entries]) => (
          <section key={category} aria-labelledby={`kategori-${category}`}>
            <h2 id={`kategori-${category}`}>{t(`categories.${category}`)}</h2>
            <ul className="app-grid">
              {entries.map((entry) => (
                <li key={entry.id} className="app-card">
                  <h3>{localized(entry.name)}</h3>
                  <p>{localized(entry.description)}</p>
                  <p className="agency">{agencyShortName(entry.agency)}</p>
                  <Link to={`/layanan/${entry.route}`}>
                    {t('home.open', { name: localized(entry.name) })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
