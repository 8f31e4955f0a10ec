import type { ManifestEntry } from '@bas/manifest';
import type { LifeEventJourney as Journey } from '@bas/manifest/guides';
import { appPath } from '@bas/sdk';
import { Link } from 'react-router';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * A life event as the ordered steps a person takes: for each, what to have at hand, where to do it and what
 * comes next. Steps whose app this person cannot see are left out rather than shown as dead ends.
 */
export function LifeEventJourney({
  journey,
  entries,
}: {
  journey: Journey;
  entries: readonly ManifestEntry[];
}) {
  const t = useTexts();
  const localized = useLocalized();
  const steps = journey.steps.flatMap((step) => {
    const entry = entries.find((candidate) => candidate.id === step.app);
    return entry === undefined ? [] : [{ step, entry }];
  });
  return (
    <section aria-labelledby="langkah">
      <p>{localized(journey.intro)}</p>
      <h2 id="langkah">{t.journey.steps}</h2>
      <ol className="journey">
        {steps.map(({ step, entry }, index) => (
          <li key={`${step.app}-${index}`}>
            <p className="journey-step">{t.journey.step({ number: index + 1, total: steps.length })}</p>
            <h3>{localized(step.title)}</h3>
            <h4>{t.journey.needs}</h4>
            <ul>
              {step.needs.map((need) => (
                <li key={need.id}>{localized(need)}</li>
              ))}
            </ul>
            <p>
              <Link className="journey-start" to={appPath(entry.route, step.path)}>
                {t.journey.start({ name: localized(entry.name) })}
              </Link>
            </p>
            <p>
              <strong>{t.journey.next}: </strong>
              {localized(step.next)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
