import type { AppUsage } from '../api/registryApi.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';

const percentiles = ['p50', 'p75', 'p95'] as const;

/** How many openings were tried, mounted and failed, and how long an opening took until the app was on screen. */
export function OpensTable({ opens }: { opens: AppUsage['opens'] }) {
  const t = useTexts();
  const format = useFormat();
  const ofAttempts = (count: number) =>
    opens.attempts === 0
      ? format.number(count)
      : t.usage.ofAttempts({ count: format.number(count), share: format.percent(count / opens.attempts) });
  const rows: [label: string, value: string][] = [
    [t.usage.attempts, format.number(opens.attempts)],
    [t.usage.mounted, ofAttempts(opens.mounted)],
    [t.usage.failed, ofAttempts(opens.failed)],
    ...percentiles.map((percentile): [string, string] => {
      const ms = opens.timeToMountedMs?.[percentile];
      return [t.usage.timeToMounted({ percentile }), ms === undefined ? t.app.noData : format.duration(ms)];
    }),
  ];
  return (
    <ScrollRegion label={t.usage.opensCaption}>
      <table>
        <caption>{t.usage.opensCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.usage.columns.measure}</th>
            <th scope="col" className="number">
              {t.usage.columns.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
