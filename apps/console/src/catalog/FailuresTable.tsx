import { openFailureCauses, type AppUsage, type OpenFailureCause } from '../api/registryApi.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';

const isKnownCause = (cause: string): cause is OpenFailureCause =>
  (openFailureCauses as readonly string[]).includes(cause);

/** The failed openings by cause, the most frequent first, each cause in words with what it usually means. */
export function FailuresTable({ opens }: { opens: AppUsage['opens'] }) {
  const t = useTexts();
  const format = useFormat();
  const causes = Object.entries(opens.failures)
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a);
  if (causes.length === 0) return <p>{t.usage.noFailures}</p>;
  const total = causes.reduce((sum, [, count]) => sum + count, 0);
  return (
    <ScrollRegion label={t.usage.failuresCaption}>
      <table>
        <caption>{t.usage.failuresCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.usage.failureColumns.cause}</th>
            <th scope="col" className="number">
              {t.usage.failureColumns.count}
            </th>
            <th scope="col" className="number">
              {t.usage.failureColumns.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {causes.map(([cause, count]) => {
            const words = isKnownCause(cause) ? t.usage.causes[cause] : undefined;
            return (
              <tr key={cause}>
                <th scope="row">
                  {words?.label ?? t.usage.otherCause({ cause })}
                  {words !== undefined && <span className="secondary">{words.detail}</span>}
                </th>
                <td className="number">{format.number(count)}</td>
                <td className="number">{format.percent(count / total)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
