import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCatalog } from '../catalog/catalogStore.ts';
import { RemoteErrorBoundary } from '../remotes/RemoteErrorBoundary.tsx';
import { RemoteOutlet } from '../remotes/RemoteOutlet.tsx';

/** `/layanan/:route/*`: one app, mounted in its own area; everything after the app's segment is the app's. */
export function AppPage() {
  const { t } = useTranslation();
  const { route = '' } = useParams();
  const catalog = useCatalog();
  const [attempt, setAttempt] = useState(0);
  if (catalog.status === 'loading') return <p role="status">{t('home.loading')}</p>;
  if (catalog.status === 'failed') return <p role="alert">{t('home.failed')}</p>;
  const entry = catalog.entries.find((candidate) => candidate.route === route);
  if (entry === undefined) return <p role="alert">{t('app.notFound', { id: route })}</p>;
  const retry = () => setAttempt((count) => count + 1);
  return (
    <section className="app-area" aria-label={entry.name}>
      <RemoteErrorBoundary appName={entry.name} timeoutMs={catalog.loader.timeoutMs} onRetry={retry}>
        <RemoteOutlet key={`${entry.id}#${attempt}`} entry={entry} loader={catalog.loader} onRetry={retry} />
      </RemoteErrorBoundary>
    </section>
  );
}
