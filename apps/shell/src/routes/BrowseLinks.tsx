import type { ManifestEntry } from '@bas/manifest';
import { agencies } from '@bas/manifest/agencies';
import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { id } from '../i18n/id.ts';

const lifeEventOrder = Object.keys(id.lifeEvents) as Array<keyof typeof id.lifeEvents>;

/** Ways in for people who do not know which agency runs a service: life events, then every agency. */
export function BrowseLinks({ entries }: { entries: readonly ManifestEntry[] }) {
  const t = useTexts();
  const events = lifeEventOrder.filter((event) => entries.some((entry) => entry.lifeEvents?.includes(event)));
  const withApps = agencies.filter((agency) => entries.some((entry) => entry.agency === agency.code));
  return (
    <>
      <section aria-labelledby="peristiwa">
        <h2 id="peristiwa">{t.browse.lifeEvents}</h2>
        <ul className="chip-list">
          {events.map((event) => (
            <li key={event}>
              <Link to={`/peristiwa/${event}`}>{t.lifeEvents[event]}</Link>
            </li>
          ))}
        </ul>
      </section>
      <details className="agency-list">
        <summary>{t.browse.agencies}</summary>
        <ul className="chip-list">
          {withApps.map((agency) => (
            <li key={agency.code}>
              {/* The full name first: few citizens know what "Dishub" stands for. */}
              <Link to={`/instansi/${agency.code}`}>{`${agency.name} (${agency.short})`}</Link>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
