import { useApiResult, useLocale } from '@bas/sdk/react';
import { StatusTimeline, type TimelineStep } from '@bas/ui/react';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { requestStages, type SubmittedRequest } from './api/documentRequest.ts';
import { useDocumentApi } from './DocumentApiContext.ts';
import { texts } from './texts.ts';

/** The request's way so far, the stage it is at, and the stages still to come (none after a refusal). */
function timeline(request: SubmittedRequest, t: (typeof texts)['id']): TimelineStep[] {
  const finished = request.status === 'siap-diambil' || request.status === 'ditolak';
  const past = request.history.map((step, index): TimelineStep => ({
    key: step.status,
    label: t.statuses[step.status],
    state: index === request.history.length - 1 && !finished ? 'current' : 'done',
    at: step.at,
    note: step.note,
  }));
  if (request.status === 'ditolak') return past;
  const reached = new Set(request.history.map((step) => step.status));
  const toCome = requestStages
    .filter((stage) => !reached.has(stage))
    .map((stage): TimelineStep => ({ key: stage, label: t.statuses[stage], state: 'upcoming' }));
  return [...past, ...toCome];
}

/** One request: where it is now and how it got there. */
export function RequestStatus() {
  const t = texts[useLocale()];
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
          <StatusTimeline steps={timeline(result.value, t)} />
        </>
      )}
      <Link to="..">{t.allRequests}</Link>
    </section>
  );
}
