import { Button, Notice } from '@bas/ui/react';
import { useState } from 'react';
import type { EvidenceReport } from '../api/registryApi.ts';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { saveFile } from '../audit/saveFile.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { useAnnounce } from '../layout/FlashContext.ts';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';

/**
 * One report in the list: its period and when it was asked for, then what it is doing now, its files to download
 * once done, or why it failed. The files need the admin's token, so they are fetched and then saved as blobs.
 */
export function EvidenceReportItem({ report }: { report: EvidenceReport }) {
  const t = useTexts();
  const texts = t.spbe.reports;
  const format = useFormat();
  const announce = useAnnounce();
  const { registry } = useConsole();
  const [download, setDownload] = useState<{ file?: string; failure?: unknown }>({});

  const save = async (file: string) => {
    setDownload({ file });
    try {
      saveFile(await registry.downloadEvidenceReportFile(report.id, file), file);
      setDownload({});
      announce(texts.downloaded({ file }));
    } catch (failure) {
      setDownload({ failure });
    }
  };
  const { progress } = report;

  return (
    <li>
      <h3>{texts.item({ period: report.period, at: format.moment(report.startedAt) })}</h3>
      <p className="secondary">
        {texts.requested({
          who: report.requestedBy,
          screenshots: report.screenshots ? texts.withScreenshots : texts.withoutScreenshots,
        })}
      </p>
      {report.status === 'running' && (
        <p>
          <strong>{texts.running}</strong>{' '}
          {report.step === 'screenshots' && progress !== null
            ? texts.photographing({
                done: format.number(progress.done),
                total: format.number(progress.total),
              })
            : texts.steps[report.step]}
        </p>
      )}
      {report.status === 'done' && (
        <>
          <p>{texts.done({ at: format.moment(report.finishedAt ?? report.startedAt) })}</p>
          <p className="report-files">
            {report.files.map((file) => (
              <Button
                key={file.name}
                variant="secondary"
                disabled={download.file !== undefined}
                onClick={() => void save(file.name)}
              >
                {download.file === file.name
                  ? texts.downloading[file.kind]
                  : texts.download[file.kind]({ size: format.fileSize(file.bytes) })}
              </Button>
            ))}
          </p>
          {download.failure !== undefined && <RegistryErrorNotice error={download.failure} action />}
        </>
      )}
      {report.status === 'failed' && (
        <Notice tone="error">
          <p>
            {texts.failed({ at: format.moment(report.finishedAt ?? report.startedAt) })}{' '}
            {report.error === null ? texts.noReason : texts.reason}
          </p>
          {report.error !== null && <blockquote>{report.error}</blockquote>}
          <p>{texts.failedToDo}</p>
        </Notice>
      )}
    </li>
  );
}
