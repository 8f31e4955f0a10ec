import type { ManifestEntry } from '@bas/manifest';
import { appPath } from '@bas/sdk';
import { createElement, useContext } from 'react';
import { Link } from 'react-router';
import { ShellServicesContext } from '../host/ShellServicesContext.ts';
import { downSince } from '../catalog/downSince.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { inlineIcons } from './inlineIcons.ts';

/** A tile's icon: inline where the page has its shapes (the home's first screen), else the icon server's file. */
function TileIcon({ name }: { name: string }) {
  const shapes = inlineIcons.get(name);
  if (shapes === undefined) return <img src={`/icons/${name}.svg`} alt="" width="20" height="20" />;
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {shapes.map(([shape, attributes], index) => createElement(shape, { key: index, ...attributes }))}
    </svg>
  );
}

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
              <TileIcon name={entry.icon} />
              <span>{localized(entry.name)}</span>
              {downSince(entry) !== undefined && <small className="down-badge">{t.app.downBadge}</small>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
