import { Notice } from '@bas/ui/react';
import { useCallback } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useLocale } from '../i18n/LocaleContext.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { useAnnounce } from '../layout/FlashContext.ts';
import { PageHeading } from '../layout/PageHeading.tsx';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { useLoad } from '../common/useLoad.ts';
import { BundleChangesTable } from './BundleChangesTable.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { EntryChangesTable } from './EntryChangesTable.tsx';

/** One pending version beside what the portal serves now, and the admin's decision on it. */
export function ReviewPage() {
  const t = useTexts();
  const format = useFormat();
  const { locale } = useLocale();
  const { registry } = useConsole();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { id = '', version = '' } = useParams();
  const review = useLoad(
    useCallback((signal: AbortSignal) => registry.review(id, version, signal), [registry, id, version]),
  );
  const data = review.data;
  const name = data?.pending.name[locale] ?? id;
  const sensitive = data?.changes.filter((change) => change.sensitive).length ?? 0;

  const decided = (message: string) => {
    announce(message, '/antrean');
    void navigate('/antrean');
  };
  return (
    <>
      <p>
        <Link to="/antrean">{t.review.back}</Link>
      </p>
      <PageHeading text={t.review.title({ name, version })} />
      {review.error !== undefined && <RegistryErrorNotice error={review.error} onRetry={review.reload} />}
      {data === undefined && review.error === undefined && <p role="status">{t.review.loading}</p>}
      {data !== undefined && (
        <>
          <p>{t.review.published({ who: data.published.by, when: format.moment(data.published.at) })}</p>
          <p>
            {data.current === null ? t.review.newApp : t.review.served({ version: data.current.version })}
          </p>
          {sensitive > 0 && <Notice tone="warning">{t.review.sensitiveSummary({ count: sensitive })}</Notice>}

          <h2>{t.review.changesTitle}</h2>
          {data.changes.length === 0 ? (
            <p>{t.review.noChanges}</p>
          ) : (
            <EntryChangesTable
              changes={data.changes}
              caption={t.review.changesCaption({
                before: data.current?.version ?? t.review.nothingServed,
                after: version,
              })}
            />
          )}

          <h2>{t.review.bundleTitle}</h2>
          {data.bundle === null ? <p>{t.review.bundleNone}</p> : <BundleChangesTable bundle={data.bundle} />}

          <h2>{t.review.decisionTitle}</h2>
          <DecisionForm
            approve={async (reason) => {
              await registry.approve(id, version, reason);
              decided(t.review.approved({ name, version }));
            }}
            reject={async (reason) => {
              await registry.reject(id, version, reason);
              decided(t.review.rejected({ name, version }));
            }}
          />
        </>
      )}
    </>
  );
}
