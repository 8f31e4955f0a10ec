import { useApiResult, useLocale } from '@bas/sdk/react';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useDocumentApi } from './DocumentApiContext.ts';
import { texts } from './texts.ts';

/** One request: where it is now and how it got there. */
export function RequestStatus() {
  const locale = useLocale();
  const t = texts[locale];
  const { id = '' } = useParams();
  const api = useDocumentApi();
  const result = useApiResult(useCallback(() => api.get(id), [api, id]));
  return (
    <section aria-labelledby="request-status">
      <h2 id="request-status">{t.statusTitle(id)}</h2>
      {result.state === 'loading' && <p role="status">{t.loading}</p>}
      {result.state === 'failed' && <p role="alert">{result.message}</p>}
      {result.state === 'ready' && (
        <>
          <p>
            {t.kinds[result.value.kind]}, {result.value.fullName} (NIK …{result.value.nikSuffix}):{' '}
            <strong>{t.statuses[result.value.status]}</strong>
          </p>
          <ol>
            {result.value.history.map((step) => (
              <li key={step.status}>
                {t.statuses[step.status]},{' '}
                <time dateTime={step.at}>{new Date(step.at).toLocaleString(locale)}</time>: {step.note}
              </li>
            ))}
          </ol>
        </>
      )}
      <Link to="..">{t.allRequests}</Link>
    </section>
  );
}
