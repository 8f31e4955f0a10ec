import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { useTexts } from '../i18n/useTexts.ts';
import { PageHeading } from './PageHeading.tsx';

/**
 * In place of a page whose code could not be fetched (the connection dropped as a person followed a link) or that
 * failed while rendering: the header and navigation stay, the page says what happened, and "Coba lagi" loads the
 * address again (a reload: react-router would not fetch a page's failed code a second time).
 */
export function PageFailure() {
  const t = useTexts();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert">
      <PageHeading text={t.pageFailed.title} />
      <p>{t.pageFailed.body}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t.pageFailed.retry}
      </button>
    </div>
  );
}
