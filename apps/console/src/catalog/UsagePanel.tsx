import { RadioGroup } from '@bas/ui/react';
import { useCallback, useState } from 'react';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { HourlyChart } from '../charts/HourlyChart.tsx';
import { useLoad } from '../common/useLoad.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { FailuresTable } from './FailuresTable.tsx';
import { OpensTable } from './OpensTable.tsx';
import { VitalsTable } from './VitalsTable.tsx';

/** The ranges a person can look back over, in hours; the last 24 hours first, as the registry's own default. */
const rangeHours = { '24h': 24, '7d': 7 * 24, '30d': 30 * 24 } as const;
type UsageRange = keyof typeof rangeHours;
const ranges = Object.keys(rangeHours) as UsageRange[];

/** How people's browsers opened the app over the chosen range: openings, failures by cause, web vitals, by hour. */
export function UsagePanel({ appId }: { appId: string }) {
  const t = useTexts();
  const format = useFormat();
  const { registry } = useConsole();
  const [range, setRange] = useState<UsageRange>('24h');
  const usage = useLoad(
    useCallback(
      (signal: AbortSignal) =>
        registry.usage(appId, new Date(Date.now() - rangeHours[range] * 3_600_000).toISOString(), signal),
      [registry, appId, range],
    ),
  );
  const data = usage.data;
  return (
    <>
      <p>{t.usage.intro}</p>
      <div className="range-choice">
        <RadioGroup<UsageRange>
          legend={t.usage.range}
          name="usage-range"
          options={ranges.map((value) => ({ value, label: t.usage.ranges[value] }))}
          value={range}
          onChange={setRange}
        />
      </div>
      {usage.error !== undefined && <RegistryErrorNotice error={usage.error} onRetry={usage.reload} />}
      {data === undefined && usage.error === undefined && <p role="status">{t.usage.loading}</p>}
      {data !== undefined && (
        <>
          <p>{t.usage.period({ since: format.moment(data.since), until: format.moment(data.until) })}</p>
          <OpensTable opens={data.opens} />
          {data.opens.attempts === 0 && <p>{t.usage.noOpens}</p>}
          <FailuresTable opens={data.opens} />
          <VitalsTable vitals={data.vitals} />
          {data.hours.length > 0 && (
            <HourlyChart
              title={t.usage.hourlyTitle}
              span={{ from: data.since, to: data.until }}
              hours={data.hours.map((hour) => hour.hour)}
              series={[
                {
                  label: t.usage.attempts,
                  values: data.hours.map((hour) => hour.attempts),
                  unit: 'count',
                  colour: '--bas-green',
                  bars: true,
                },
                {
                  label: t.usage.failureRate,
                  values: data.hours.map((hour) =>
                    hour.attempts === 0 ? null : hour.failed / hour.attempts,
                  ),
                  unit: 'ratio',
                  colour: '--bas-danger',
                },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
