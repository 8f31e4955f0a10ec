import { useApiResult, useLocale } from '@bas/sdk/react';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useDocumentApi } from './DocumentApiContext.ts';
import { texts } from './texts.ts';

/** The applicant's requests, newest first, each linking to its status page. */
export function RequestList() {
  const t = texts[useLocale()];
  const api = useDocumentApi();
  const result = useApiResult(useCallback(() => api.list(), [api]));
  return (
    <section aria-labelledby="my-requests">
      <h2 id="my-requests">{t.myRequests}</h2>
      <p>
        <Link to="baru">{t.newRequest}</Link>
      </p>
      {result.state === 'loading' && <p role="status">{t.loading}</p>}
      {result.state === 'failed' && (
        <div role="alert">
          <p>{result.message}</p>
          <button type="button" onClick={result.retry}>
            {t.retry}
          </button>
        </div>
      )}
      {result.state === 'ready' &&
        (result.value.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul>
            {result.value.map((request) => (
              <li key={request.id}>
                <Link to={`status/${request.id}`}>
                  {request.id}: {t.kinds[request.kind]}
                </Link>{' '}
                ({t.statuses[request.status]})
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
