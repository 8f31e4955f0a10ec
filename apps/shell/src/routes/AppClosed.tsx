import { Link } from 'react-router';
import { useTexts } from '../i18n/useTexts.ts';
import type { ClosedApp } from './useClosedApp.ts';
import { OfflineAlternative } from '../host/OfflineAlternative.tsx';

/**
 * In place of an app the catalog switched off or replaced while it was open: what happened, and the way forward
 * (the home and the office for a switched-off service, a fresh page for a new version, which is loaded as a whole
 * rather than swapped in under the person).
 */
export function AppClosed({ closed }: { closed: ClosedApp }) {
  const t = useTexts();
  if (closed.reason === 'updated') {
    return (
      <div className="remote-failure app-closed" role="alert" data-closed={closed.reason}>
        <h2>{t.app.updatedTitle}</h2>
        <p>{t.app.updatedBody}</p>
        <div className="failure-actions">
          <button type="button" onClick={() => window.location.reload()}>
            {t.app.loadNewVersion}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="remote-failure app-closed" role="alert" data-closed={closed.reason}>
      <h2>{t.app.disabledNow}</h2>
      <p>{t.app.rest}</p>
      <div className="failure-actions">
        <Link to="/">{t.notFound.back}</Link>
      </div>
      <OfflineAlternative entry={closed.entry} />
    </div>
  );
}
