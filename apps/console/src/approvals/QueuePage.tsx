import { EmptyState } from '@bas/ui/react';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useLocale } from '../i18n/LocaleContext.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { PageHeading } from '../layout/PageHeading.tsx';
import { PublishHint } from '../layout/PublishHint.tsx';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';
import { useLoad } from '../common/useLoad.ts';
import { pendingVersions } from './pendingVersions.ts';
import { agencyNames } from '../common/agencyNames.ts';

/** "Antrean persetujuan": every version waiting for an admin, each a link to its review. */
export function QueuePage() {
  const t = useTexts();
  const format = useFormat();
  const { locale } = useLocale();
  const { registry } = useConsole();
  const queue = useLoad(useCallback((signal: AbortSignal) => pendingVersions(registry, signal), [registry]));
  const columns = t.queue.columns;
  return (
    <>
      <PageHeading text={t.queue.title} />
      <p>{t.queue.intro}</p>
      {queue.error !== undefined && <RegistryErrorNotice error={queue.error} onRetry={queue.reload} />}
      {queue.data === undefined && queue.error === undefined && <p role="status">{t.queue.loading}</p>}
      {queue.data?.length === 0 && (
        <EmptyState title={t.queue.empty}>
          <PublishHint text={t.queue.emptyBody} />
        </EmptyState>
      )}
      {queue.data !== undefined && queue.data.length > 0 && (
        <ScrollRegion label={t.queue.title}>
          <table>
            <caption>{t.queue.caption({ count: queue.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.app}</th>
                <th scope="col">{columns.agency}</th>
                <th scope="col">{columns.version}</th>
                <th scope="col">{columns.served}</th>
                <th scope="col">{columns.publishedBy}</th>
                <th scope="col">{columns.publishedAt}</th>
                <th scope="col">{columns.action}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.map(({ app, version }) => {
                const name = app.name?.[locale] ?? app.id;
                return (
                  <tr key={`${app.id}@${version.version}`}>
                    <th scope="row">
                      {name}
                      <span className="secondary">{app.id}</span>
                    </th>
                    <td>{agencyNames.short(app.agency)}</td>
                    <td>{version.version}</td>
                    <td>{app.currentVersion ?? t.queue.newApp}</td>
                    <td>{version.submittedBy}</td>
                    <td>{format.moment(version.submittedAt)}</td>
                    <td>
                      <Link
                        to={`/antrean/${encodeURIComponent(app.id)}/${encodeURIComponent(version.version)}`}
                        aria-label={t.queue.reviewLabel({ name, version: version.version })}
                      >
                        {t.queue.review}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
