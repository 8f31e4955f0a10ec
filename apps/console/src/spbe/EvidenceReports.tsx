import { Button, EmptyState, Notice } from '@bas/ui/react';
import { useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { EvidenceReportItem } from './EvidenceReportItem.tsx';
import { useEvidenceReports } from './useEvidenceReports.ts';

/**
 * "Laporan lengkap (PDF dan ZIP)": the evidence service generates the printed report and the ZIP of all evidence
 * on the server (it drives Chromium, which a tab cannot); here the admin asks for the chosen period's, follows its
 * progress and downloads its files. Every report is listed, whatever its period: the service makes one at a time,
 * and the one it is busy with may be another year's. `npm run evidence` stays the way for automation.
 */
export function EvidenceReports({ period }: { period: string }) {
  const t = useTexts();
  const texts = t.spbe.reports;
  const reports = useEvidenceReports();
  const [screenshots, setScreenshots] = useState(true);
  const [start, setStart] = useState<{
    sending: boolean;
    /** The service's words, and the report it was busy with. */
    busy?: { message: string; id: string };
    failure?: unknown;
  }>({ sending: false });

  const ask = async () => {
    setStart({ sending: true });
    try {
      const outcome = await reports.start(period, screenshots);
      setStart(
        outcome.busy
          ? { sending: false, busy: { message: outcome.message, id: outcome.report.id } }
          : { sending: false },
      );
    } catch (failure) {
      setStart({ sending: false, failure });
    }
  };

  // Said only while that report runs: once it is done, the admin can simply ask again.
  const busy = reports.reports?.some((report) => report.id === start.busy?.id && report.status === 'running')
    ? start.busy
    : undefined;

  return (
    <>
      <h2>{texts.title}</h2>
      <p>{texts.intro}</p>
      <p className="publish-hint">
        {texts.automation} <code>{`npm run evidence -- --period ${period}`}</code>. {texts.automationToken}
      </p>
      {/* The design system's option row: the whole line is the label, a 44 px target. */}
      <label className="bas-option">
        <input
          type="checkbox"
          checked={screenshots}
          onChange={(event) => setScreenshots(event.target.checked)}
        />
        <span>{texts.screenshots}</span>
      </label>
      <p>
        <Button disabled={start.sending} onClick={() => void ask()}>
          {texts.start({ period })}
        </Button>
      </p>
      {/* Present from the start, so that screen readers announce what is put in it. */}
      <p role="status" className="bas-visually-hidden">
        {reports.news === undefined ? '' : texts.news[reports.news.status]({ period: reports.news.period })}
      </p>
      {busy !== undefined && (
        <Notice tone="warning" role="alert" title={texts.busyTitle}>
          <blockquote>{busy.message}</blockquote>
          <p>{texts.busyToDo}</p>
        </Notice>
      )}
      {start.failure !== undefined && <RegistryErrorNotice error={start.failure} action />}
      {reports.failure !== undefined && (
        <RegistryErrorNotice error={reports.failure} onRetry={reports.reload} />
      )}
      {reports.reports === undefined && reports.failure === undefined && <p role="status">{texts.loading}</p>}
      {reports.reports?.length === 0 && <EmptyState title={texts.empty} />}
      {reports.reports !== undefined && reports.reports.length > 0 && (
        <ul className="spbe-reports" aria-label={texts.listLabel}>
          {reports.reports.map((report) => (
            <EvidenceReportItem key={report.id} report={report} />
          ))}
        </ul>
      )}
      {reports.pollFailure !== undefined && (
        <RegistryErrorNotice error={reports.pollFailure} onRetry={reports.resume} />
      )}
    </>
  );
}
