import type { ManifestEntry } from '@bas/manifest';
import { agencies } from '@bas/manifest/agencies';
import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { id } from '../i18n/id.ts';
import { useAgencyName } from '../i18n/useAgencyName.ts';

const lifeEventOrder = Object.keys(id.lifeEvents) as Array<keyof typeof id.lifeEvents>;

/** A way in for people who do not know which agency runs a service: what is happening in their life. */
export function LifeEventLinks({ entries }: { entries: readonly ManifestEntry[] }) {
  const t = useTexts();
  const events = lifeEventOrder.filter((event) => entries.some((entry) => entry.lifeEvents?.includes(event)));
  return (
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
  );
}

/** Every agency with services, folded away: most people look by need, some by office. */
export function AgencyLinks({ entries }: { entries: readonly ManifestEntry[] }) {
  const t = useTexts();
  const agencyName = useAgencyName();
  const withApps = agencies.filter((agency) => entries.some((entry) => entry.agency === agency.code));
  return (
    <details className="agency-list">
      <summary>{t.browse.agencies}</summary>
      <ul className="chip-list">
        {withApps.map((agency) => (
          <li key={agency.code}>
            {/* The full name first: few citizens know what "Dishub" stands for. */}
            <Link to={`/instansi/${agency.code}`}>{agencyName(agency.code)}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
