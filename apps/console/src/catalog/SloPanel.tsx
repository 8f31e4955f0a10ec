import { useCallback } from 'react';
import type { BurnWindow, ServiceObjective } from '../api/registryApi.ts';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useLoad } from '../common/useLoad.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';
import { budgetLevel } from './budgetLevel.ts';
import { budgetLastsMs, burnLevel, criticalBurnRates } from './burnLevel.ts';

const burnWindows: readonly BurnWindow[] = ['1h', '6h', '30d'];
const hourMs = 3_600_000;

/**
 * This month's service level objectives: availability (the monitor's probes) and load success (people's openings),
 * each with its target, what was measured, the error budget left, and how fast it is being spent, in words.
 */
export function SloPanel({ appId }: { appId: string }) {
  const t = useTexts();
  const format = useFormat();
  const { registry } = useConsole();
  const slo = useLoad(useCallback((signal: AbortSignal) => registry.slo(appId, signal), [registry, appId]));
  if (slo.error !== undefined) return <RegistryErrorNotice error={slo.error} onRetry={slo.reload} />;
  const data = slo.data;
  if (data === undefined) return <p role="status">{t.slo.loading}</p>;
  const objectives = [data.availability, data.loadSuccess];

  const measured = (objective: ServiceObjective) =>
    objective.measured === null ? t.app.noData : format.percentPoints(objective.measured);
  const budget = ({ budgetRemaining }: ServiceObjective) => {
    if (budgetRemaining === null) return t.app.noData;
    const level = budgetLevel(budgetRemaining);
    return (
      <>
        {format.percent(budgetRemaining)}
        <span className={`secondary reading reading-${level}`}>{t.slo.budgetReadings[level]}</span>
      </>
    );
  };
  const burn = (window: BurnWindow, { burnRates }: ServiceObjective) => {
    const rate = burnRates[window];
    if (rate === null) return t.app.noData;
    const level = burnLevel(window, rate);
    const lasts = budgetLastsMs(rate);
    const duration = lasts < hourMs ? t.slo.underAnHour : format.span(lasts);
    return (
      <>
        {t.slo.rate({ rate: format.number(rate) })}
        <span className={`secondary reading reading-${level}`}>
          {level === 'ok' ? t.slo.burnReadings.ok : t.slo.burnReadings[level]({ duration })}
        </span>
      </>
    );
  };

  return (
    <>
      <p>
        {t.slo.intro({
          hour: format.number(criticalBurnRates['1h']),
          sixHours: format.number(criticalBurnRates['6h']),
        })}
      </p>
      <p>{t.slo.month({ month: format.month(data.month) })}</p>
      <ScrollRegion label={t.slo.caption}>
        <table className="slo">
          <caption>{t.slo.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.slo.columns.measure}</th>
              <th scope="col">{t.slo.columns.availability}</th>
              <th scope="col">{t.slo.columns.loadSuccess}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t.slo.objective}</th>
              {objectives.map((objective, column) => (
                <td key={column}>{format.percentPoints(objective.objective)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t.slo.measured}</th>
              {objectives.map((objective, column) => (
                <td key={column}>{measured(objective)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t.slo.budget}</th>
              {objectives.map((objective, column) => (
                <td key={column}>{budget(objective)}</td>
              ))}
            </tr>
            {burnWindows.map((window) => (
              <tr key={window}>
                <th scope="row">{t.slo.burnRate[window]}</th>
                {objectives.map((objective, column) => (
                  <td key={column}>{burn(window, objective)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
