import { Button, RadioGroup } from '@bas/ui/react';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { saveFile } from '../audit/saveFile.ts';
import { useLoad } from '../common/useLoad.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { useAnnounce } from '../layout/FlashContext.ts';
import { PageHeading } from '../layout/PageHeading.tsx';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { EvidenceReports } from './EvidenceReports.tsx';
import { GapsList } from './GapsList.tsx';
import { IndicatorsTable } from './IndicatorsTable.tsx';
import { periodsOffered, readSpbeView, writeSpbeView, type SpbeView } from './spbeView.ts';

/**
 * "Data dukung SPBE": the registry's evidence of a year for the SPBE evaluation, summed per indicator, what is still
 * missing per service and what to do about it, the answer itself as a file, and the full report (PDF and ZIP),
 * which the evidence service generates on the server.
 */
export function SpbePage() {
  const t = useTexts();
  const format = useFormat();
  const announce = useAnnounce();
  const { registry } = useConsole();
  const [params, setParams] = useSearchParams();
  const periods = useMemo(() => periodsOffered(), []);
  const view = useMemo(() => readSpbeView(params, periods), [params, periods]);
  const answer = useLoad(
    useCallback((signal: AbortSignal) => registry.evidence(view.period, signal), [registry, view.period]),
  );
  // Another year is another page (back returns to the last); a filter only changes what this one shows.
  const change = (next: Partial<SpbeView>) =>
    setParams(writeSpbeView({ ...view, ...next }), { replace: next.period === undefined });
  const download = (period: string, json: string) => {
    const file = `evidence-spbe-${period}.json`;
    saveFile(new Blob([json], { type: 'application/json' }), file);
    announce(t.spbe.downloaded({ file }));
  };
  const data = answer.data;

  return (
    <>
      <PageHeading text={t.spbe.title} />
      <p>{t.spbe.intro}</p>
      <div className="range-choice">
        <RadioGroup
          legend={t.spbe.period}
          name="spbe-period"
          options={periods.map((year, index) => ({
            value: year,
            label: index === 0 ? t.spbe.thisYear({ year }) : year,
          }))}
          value={view.period}
          onChange={(period) => change({ period })}
        />
      </div>
      {answer.error !== undefined && <RegistryErrorNotice error={answer.error} onRetry={answer.reload} />}
      {data === undefined && answer.error === undefined && <p role="status">{t.spbe.loading}</p>}
      {data !== undefined && (
        <>
          <p>
            {t.spbe.generated({ period: data.evidence.period, at: format.moment(data.evidence.generatedAt) })}
          </p>
          <p>
            <Button variant="secondary" onClick={() => download(data.evidence.period, data.json)}>
              {t.spbe.download}
            </Button>
          </p>
        </>
      )}
      <EvidenceReports period={view.period} />
      {data !== undefined && (
        <>
          <h2>{t.spbe.summaryTitle}</h2>
          <IndicatorsTable evidence={data.evidence} />
          <p>{t.spbe.summaryNotes}</p>
          <h2>{t.spbe.gapsTitle}</h2>
          <p>{t.spbe.gapsIntro}</p>
          <GapsList evidence={data.evidence} view={view} onChange={change} />
        </>
      )}
    </>
  );
}
