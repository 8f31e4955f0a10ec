import { useCallback } from 'react';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { HourlyChart } from '../charts/HourlyChart.tsx';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';
import { useLoad } from '../common/useLoad.ts';
import { HealthLabel } from './HealthLabel.tsx';

/** How far back the registry's probe hours go. */
const latencyDays = 7;
const hourMs = 3_600_000;

/** The chart's range: the registry's 7 days of hours, up to the last hour probed. */
function lastDays(hours: readonly { hour: string }[]) {
  const last = Date.parse(hours.at(-1)?.hour ?? '');
  if (Number.isNaN(last)) return undefined;
  return {
    from: new Date(last - latencyDays * 24 * hourMs + hourMs).toISOString(),
    to: new Date(last).toISOString(),
  };
}
/** How many of the latest probes are listed: enough to see a pattern, short enough to read. */
const probesShown = 10;

/** Below this a day is coloured as a bad day in the 90-day strip; its words always give the figure. */
const goodDay = 0.999;

/** The probe monitor's view of one app: now, the last 90 days, this month, and the latest probes. */
export function HealthPanel({ appId }: { appId: string }) {
  const t = useTexts();
  const format = useFormat();
  const { registry } = useConsole();
  const health = useLoad(
    useCallback((signal: AbortSignal) => registry.health(appId, signal), [registry, appId]),
  );
  if (health.error !== undefined) return <RegistryErrorNotice error={health.error} onRetry={health.reload} />;
  const data = health.data;
  if (data === undefined) return <p role="status">{t.loading}</p>;
  if (data.status === 'unknown' && data.lastProbes.length === 0) return <p>{t.app.healthNone}</p>;
  const ratio = (value: number | null | undefined) => (value == null ? t.app.noData : format.percent(value));
  const latency = (value: number | null) => (value === null ? t.none : format.milliseconds(value));
  return (
    <>
      <p className="health-now">
        <HealthLabel status={data.status} />
        {data.since !== null && <> {t.app.healthSince({ since: format.moment(data.since) })}</>}
      </p>
      {data.reason !== null && <p>{t.app.healthReason({ reason: data.reason })}</p>}
      <dl className="facts">
        <dt>{t.app.uptimeMonth}</dt>
        <dd>{ratio(data.uptime.months.at(-1)?.ratio)}</dd>
        <dt>{t.app.latency}</dt>
        <dd>
          {latency(data.latency.p50Ms)} / {latency(data.latency.p95Ms)}
        </dd>
      </dl>
      {data.hours !== undefined && data.hours.length > 0 && (
        <HourlyChart
          title={t.app.latencyChart}
          span={lastDays(data.hours)}
          hours={data.hours.map((hour) => hour.hour)}
          series={[
            { label: 'p50', values: data.hours.map((hour) => hour.p50Ms), unit: 'ms', colour: '--bas-green' },
            {
              label: 'p95',
              values: data.hours.map((hour) => hour.p95Ms),
              unit: 'ms',
              colour: '--bas-info',
              dashed: true,
            },
            {
              label: t.app.failedProbes,
              values: data.hours.map((hour) => hour.failed),
              unit: 'count',
              colour: '--bas-danger',
              bars: true,
            },
          ]}
        />
      )}
      {data.uptime.days.length > 0 && (
        <>
          <h3>{t.app.uptimeDays}</h3>
          <ol className="uptime-days">
            {data.uptime.days.map((day) => {
              const label = t.app.uptimeDay({ date: format.day(day.day), ratio: ratio(day.ratio) });
              const level = day.ratio === null ? 'none' : day.ratio >= goodDay ? 'good' : 'bad';
              return (
                <li key={day.day} className={`uptime-day uptime-${level}`} title={label}>
                  <span className="bas-visually-hidden">{label}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {data.lastProbes.length > 0 && (
        <ScrollRegion label={t.app.probesCaption}>
          <table>
            <caption>{t.app.probesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.app.probeColumns.at}</th>
                <th scope="col">{t.app.probeColumns.status}</th>
                <th scope="col" className="number">
                  {t.app.probeColumns.latency}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.lastProbes.slice(0, probesShown).map((probe) => (
                <tr key={probe.at}>
                  <th scope="row">{format.moment(probe.at)}</th>
                  <td>
                    <HealthLabel status={probe.status} />
                    {probe.reason !== null && <span className="secondary">{probe.reason}</span>}
                  </td>
                  <td className="number">{latency(probe.latencyMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
