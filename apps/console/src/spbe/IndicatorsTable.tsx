import type { Evidence } from '../api/registryApi.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';

/**
 * The period's figures per indicator 32–47, as the registry summed them over each indicator's services. A figure
 * not measured says so in words, never 0; an indicator without a service says that instead of four empty figures.
 * Indicators keep the evaluation's own (Indonesian) names in either language.
 */
export function IndicatorsTable({ evidence }: { evidence: Evidence }) {
  const t = useTexts();
  const format = useFormat();
  const measured = (value: number | null, show: (value: number) => string) =>
    value === null ? <span className="absent">{t.spbe.notMeasured}</span> : show(value);
  return (
    <ScrollRegion label={t.spbe.summaryTitle}>
      <table className="spbe-indicators">
        <caption>{t.spbe.summaryCaption({ period: evidence.period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.spbe.columns.indicator}</th>
            <th scope="col" className="number">
              {t.spbe.columns.services}
            </th>
            <th scope="col" className="number">
              {t.spbe.columns.uptime}
            </th>
            <th scope="col" className="number">
              {t.spbe.columns.opens}
            </th>
            <th scope="col" className="number">
              {t.spbe.columns.ikm}
            </th>
            <th scope="col" className="number">
              {t.spbe.columns.completeness}
            </th>
          </tr>
        </thead>
        <tbody>
          {evidence.indicators.map((row) => (
            <tr key={row.indicator}>
              <th scope="row">
                {row.indicator} <span lang="id">{row.title}</span>
                <span className="secondary">{t.spbe.aspects[row.aspect]}</span>
              </th>
              <td className="number">{format.number(row.services)}</td>
              {row.services === 0 ? (
                <td colSpan={4} className="absent">
                  {t.spbe.noServices}
                </td>
              ) : (
                <>
                  <td className="number">{measured(row.uptime, format.percent)}</td>
                  <td className="number">{format.number(row.opens)}</td>
                  <td className="number">{measured(row.ikm, format.number)}</td>
                  <td className="number">{format.percent(row.completeness)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
