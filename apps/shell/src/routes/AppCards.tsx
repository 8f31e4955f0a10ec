import type { ManifestEntry } from '@bas/manifest';
import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { agencyShortName } from '../catalog/agencyShortName.ts';
import { useCatalog } from '../catalog/catalogStore.ts';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { useHydrated } from '../hydration/useHydrated.ts';
import { useLocalized } from '../i18n/useLocalized.ts';

/** Apps as cards: name, what it does, which agency runs it, and the way in. */
export function AppCards({ entries }: { entries: readonly ManifestEntry[] }) {
  const t = useTexts();
  const localized = useLocalized();
  const catalog = useCatalog();
  const hydrated = useHydrated();
  const favourites = usePersonalLists((state) => state.favourites);
  const toggleFavourite = usePersonalLists((state) => state.toggleFavourite);
  // Loading starts when the person shows intent, so the app is often ready by the click.
  const preload = (entry: ManifestEntry) => () => {
    if (catalog.status === 'ready') catalog.loader.preload(entry);
  };
  return (
    <ul className="app-grid">
      {entries.map((entry) => (
        <li key={entry.id} className="app-card">
          <div className="card-title">
            <h3>{localized(entry.name)}</h3>
            <button
              type="button"
              className="favourite"
              disabled={!hydrated}
              aria-pressed={favourites.includes(entry.id)}
              aria-label={t.home.favourite({ name: localized(entry.name) })}
              onClick={() => toggleFavourite(entry.id)}
            >
              <span aria-hidden="true">{favourites.includes(entry.id) ? '★' : '☆'}</span>
            </button>
          </div>
          <p>{localized(entry.description)}</p>
          <p className="agency">{agencyShortName(entry.agency)}</p>
          <Link
            to={`/layanan/${entry.route}`}
            onPointerEnter={preload(entry)}
            onFocus={preload(entry)}
            onTouchStart={preload(entry)}
          >
            {t.home.open({ name: localized(entry.name) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
