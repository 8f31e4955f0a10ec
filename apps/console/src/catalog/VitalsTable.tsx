import { webVitals, type AppUsage, type WebVital } from '../api/registryApi.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';
import { rateWebVital, vitalThresholds } from './rateWebVital.ts';

/** The portal's Core Web Vitals while this app was on screen, each p75 with Google's rating in words. */
export function VitalsTable({ vitals }: { vitals: AppUsage['vitals'] }) {
  const t = useTexts();
  const format = useFormat();
  // CLS is a score without a unit; the others are times.
  const value = (vital: WebVital, amount: number) =>
    vital === 'CLS' ? format.number(amount) : format.duration(amount);
  return (
    <ScrollRegion label={t.usage.vitalsCaption}>
      <table>
        <caption>{t.usage.vitalsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.usage.vitalColumns.metric}</th>
            <th scope="col" className="number">
              {t.usage.vitalColumns.p75}
            </th>
            <th scope="col">{t.usage.vitalColumns.rating}</th>
            <th scope="col" className="number">
              {t.usage.vitalColumns.samples}
            </th>
          </tr>
        </thead>
        <tbody>
          {webVitals.map((vital) => {
            const summary = vitals[vital];
            const { good, poor } = vitalThresholds[vital];
            const rating = summary === null ? undefined : rateWebVital(vital, summary.p75);
            return (
              <tr key={vital}>
                <th scope="row">
                  {vital}
                  <span className="secondary">{t.usage.vitalMeanings[vital]}</span>
                </th>
                <td className="number">{summary === null ? t.app.noData : value(vital, summary.p75)}</td>
                <td>
                  {rating === undefined ? (
                    t.none
                  ) : (
                    <span className={`rating rating-${rating}`}>{t.usage.ratings[rating]}</span>
                  )}
                  <span className="secondary">
                    {t.usage.thresholds({ good: value(vital, good), poor: value(vital, poor) })}
                  </span>
                </td>
                <td className="number">{summary === null ? t.none : format.number(summary.count)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
