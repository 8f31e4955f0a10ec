import type { ManifestEntry } from '@bas/manifest';
import { appPath } from '@bas/sdk';
import { memo, useContext } from 'react';
import { Link } from 'react-router';
import { agencyShortName } from '../catalog/agencyShortName.ts';
import { downSince } from '../catalog/downSince.ts';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { ShellServicesContext } from '../host/ShellServicesContext.ts';
import { useHydrated } from '../hydration/useHydrated.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * One app: name, what it does, which agency runs it, and the way in. Memoised on its entry, so adding cards to a
 * list renders only the new ones.
 */
const AppCard = memo(function AppCard({ entry }: { entry: ManifestEntry }) {
  const t = useTexts();
  const localized = useLocalized();
  // Absent where the server renders the home page: nothing loads there.
  const apps = useContext(ShellServicesContext)?.apps;
  const hydrated = useHydrated();
  const favourite = usePersonalLists((state) => state.favourites.includes(entry.id));
  const toggleFavourite = usePersonalLists((state) => state.toggleFavourite);
  // Loading starts when the person shows intent, so the app is often ready by the click.
  const preload = () => apps?.preload(entry);
  return (
    <li className="app-card">
      <div className="card-title">
        {/* Focusable by the page, where a person goes on from after asking for more cards. */}
        <h3 tabIndex={-1}>{localized(entry.name)}</h3>
        <button
          type="button"
          className="favourite"
          disabled={!hydrated}
          aria-pressed={favourite}
          aria-label={t.home.favourite({ name: localized(entry.name) })}
          onClick={() => toggleFavourite(entry.id)}
        >
          <span aria-hidden="true">{favourite ? '★' : '☆'}</span>
        </button>
      </div>
      <p>{localized(entry.description)}</p>
      <p className="agency">{agencyShortName(entry.agency)}</p>
      {downSince(entry) !== undefined && <p className="down-badge">{t.app.downBadge}</p>}
      <Link to={appPath(entry.route)} onPointerEnter={preload} onFocus={preload} onTouchStart={preload}>
        {t.home.open({ name: localized(entry.name) })}
      </Link>
    </li>
  );
});

/** Apps as cards. */
export function AppCards({ entries }: { entries: readonly ManifestEntry[] }) {
  return (
    <ul className="app-grid">
      {entries.map((entry) => (
        <AppCard key={entry.id} entry={entry} />
      ))}
    </ul>
  );
}
