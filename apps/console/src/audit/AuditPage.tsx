import { Button, EmptyState } from '@bas/ui/react';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { auditPageSize, type AuditFilters, type AuditRecord } from '../api/registryApi.ts';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { useAnnounce } from '../layout/FlashContext.ts';
import { PageHeading } from '../layout/PageHeading.tsx';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { useLoad } from '../common/useLoad.ts';
import { AuditFiltersForm } from './AuditFiltersForm.tsx';
import { readAuditView, toAuditFilters, type AuditView } from './auditFilters.ts';
import { AuditTable } from './AuditTable.tsx';
import { saveFile } from './saveFile.ts';

/** Today in Kota Bogor, for the CSV's file name. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());

/** "Log audit": the catalog's changes with who, when and why, filtered, paged backwards, and as CSV. */
export function AuditPage() {
  const t = useTexts();
  const { registry } = useConsole();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readAuditView(params), [params]);
  const filters = useMemo(() => toAuditFilters(view), [view]);
  const first = useLoad(
    useCallback((signal: AbortSignal) => registry.audit(filters, undefined, signal), [registry, filters]),
  );
  // Older pages, kept for the filters they were loaded with.
  const [older, setOlder] = useState<{ filters: AuditFilters; pages: AuditRecord[][] }>();
  const [olderFailure, setOlderFailure] = useState<unknown>();
  const [download, setDownload] = useState<{ busy: boolean; failure?: unknown }>({ busy: false });

  const pages =
    first.data === undefined ? [] : [first.data, ...(older?.filters === filters ? older.pages : [])];
  const records = pages.flat();
  const morePossible = pages.at(-1)?.length === auditPageSize;

  const loadOlder = async () => {
    setOlderFailure(undefined);
    try {
      const page = await registry.audit(filters, records.at(-1)?.id);
      setOlder({ filters, pages: [...(older?.filters === filters ? older.pages : []), page] });
    } catch (error) {
      setOlderFailure(error);
    }
  };
  const downloadCsv = async () => {
    setDownload({ busy: true });
    try {
      const file = `audit-bas-${today()}.csv`;
      saveFile(await registry.auditCsv(filters), file);
      setDownload({ busy: false });
      announce(t.audit.downloaded({ file }));
    } catch (failure) {
      setDownload({ busy: false, failure });
    }
  };
  const apply = (next: AuditView) =>
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')));

  return (
    <>
      <PageHeading text={t.audit.title} />
      <p>{t.audit.intro}</p>
      <AuditFiltersForm key={params.toString()} view={view} onApply={apply} />
      <p>
        <Button variant="secondary" disabled={download.busy} onClick={() => void downloadCsv()}>
          {download.busy ? t.audit.downloading : t.audit.download}
        </Button>
      </p>
      {download.failure !== undefined && <RegistryErrorNotice error={download.failure} action />}
      {first.error !== undefined && <RegistryErrorNotice error={first.error} onRetry={first.reload} />}
      {first.data === undefined && first.error === undefined && <p role="status">{t.audit.loading}</p>}
      {first.data !== undefined && records.length === 0 && <EmptyState title={t.audit.empty} />}
      {records.length > 0 && <AuditTable records={records} />}
      {olderFailure !== undefined && (
        <RegistryErrorNotice error={olderFailure} onRetry={() => void loadOlder()} />
      )}
      {morePossible && (
        <p>
          <Button variant="secondary" onClick={() => void loadOlder()}>
            {t.audit.more}
          </Button>
        </p>
      )}
    </>
  );
}
