import type { RemoteContext, RequestStep } from '@bas/sdk';
import type { DocumentApi } from './createDocumentApi.ts';
import { requestStages, type SubmittedRequest } from './documentRequest.ts';
import { texts } from '../texts.ts';

const both = <K extends string>(pick: (t: (typeof texts)['id']) => Record<K, string>, key: K) => ({
  id: pick(texts.id)[key],
  en: pick(texts.en)[key],
});

/**
 * The request as the portal's "Permohonan saya" page lists it: the stages from the API's history, the one reached
 * last current (unless it is ready or refused), the rest to come. Only the document's kind and the status leave the
 * app, never the applicant's name or NIK.
 */
export function toRequestReport(
  request: SubmittedRequest,
): Parameters<RemoteContext['requests']['report']>[0] {
  const finished = request.status === 'siap-diambil' || request.status === 'ditolak';
  const past = request.history.map((step, index): RequestStep => ({
    label: both((t) => t.statuses, step.status),
    state: index === request.history.length - 1 && !finished ? 'current' : 'done',
    date: step.at,
  }));
  const reached = new Set(request.history.map((step) => step.status));
  const toCome =
    request.status === 'ditolak'
      ? []
      : requestStages
          .filter((stage) => !reached.has(stage))
          .map((stage): RequestStep => ({ label: both((t) => t.statuses, stage), state: 'upcoming' }));
  return {
    id: request.id,
    title: both((t) => t.kinds, request.kind),
    status: both((t) => t.statuses, request.status),
    steps: [...past, ...toCome],
    link: `status/${encodeURIComponent(request.id)}`,
  };
}

/**
 * The API, reporting each request to the portal when it is submitted and whenever its status is read, so the
 * person's list follows the agency's. A report that fails is counted in telemetry and never holds up the form.
 */
export function withRequestReports(
  api: DocumentApi,
  { auth, requests, telemetry }: Pick<RemoteContext, 'auth' | 'requests' | 'telemetry'>,
): DocumentApi {
  const report = (request: SubmittedRequest) => {
    // A visitor's request is theirs to follow in the app; the portal keeps lists for signed-in people only.
    if (auth.getUser() === undefined) return request;
    requests
      .report(toRequestReport(request))
      .catch((error: unknown) => telemetry.error(error, { step: 'report' }));
    return request;
  };
  return {
    ...api,
    get: (id) => api.get(id).then(report),
    submit: (body) => api.submit(body).then(report),
  };
}
