import type { ManifestEntry } from '@bas/manifest';
import { appPath } from '@bas/sdk';
import { useContext } from 'react';
import { Link } from 'react-router';
import { ShellServicesContext } from '../host/ShellServicesContext.ts';
import { downSince } from '../catalog/downSince.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * Services as compact tiles, icon and name: two columns on a phone, so eight services fit the first screen. The
 * icon is decoration (the name says it all), drawn from `/icons/`.
 */
export function ServiceTiles({ entries }: { entries: readonly ManifestEntry[] }) {
  const t = useTexts();
  const localized = useLocalized();
  // Absent where the server renders the home page: nothing loads there.
  const apps = useContext(ShellServicesContext)?.apps;
  return (
    <ul className="service-tiles">
      {entries.map((entry) => {
        // Loading starts when the person shows intent, so the app is often ready by the tap.
        const preload = () => apps?.preload(entry);
        return (
          <li key={entry.id}>
            <Link to={appPath(entry.route)} onPointerEnter={preload} onFocus={preload} onTouchStart={preload}>
              <img src={`/icons/${entry.icon}.svg`} alt="" width="20" height="20" />
              <span>{localized(entry.name)}</span>
              {downSince(entry) !== undefined && <small className="down-badge">{t.app.downBadge}</small>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
