import { agencies } from '@bas/manifest/agencies';
import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { id } from '../i18n/id.ts';
import { useAgencyName } from '../i18n/useAgencyName.ts';

const lifeEventOrder = Object.keys(id.lifeEvents) as Array<keyof typeof id.lifeEvents>;

/** A way in for people who do not know which agency runs a service: what is happening in their life. */
export function LifeEventLinks({ counts }: { counts: Readonly<Record<string, number>> }) {
  const t = useTexts();
  const events = lifeEventOrder.filter((event) => (counts[event] ?? 0) > 0);
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
export function AgencyLinks({ counts }: { counts: Readonly<Record<string, number>> }) {
  const t = useTexts();
  const agencyName = useAgencyName();
  const withApps = agencies.filter((agency) => (counts[agency.code] ?? 0) > 0);
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
