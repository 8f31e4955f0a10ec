import type { AuthService } from '@bas/sdk';
import { createApiClient } from '@bas/sdk/http';
import type { DocumentRequest, SubmittedRequest } from './documentRequest.ts';

export interface DocumentApi {
  list(): Promise<SubmittedRequest[]>;
  get(id: string): Promise<SubmittedRequest>;
  submit(request: DocumentRequest): Promise<SubmittedRequest>;
}

/** Disdukcapil's request API as this app uses it, with the access token the shell hands out. */
export function createDocumentApi(baseUrl: string, auth: AuthService): DocumentApi {
  const api = createApiClient(auth, { baseUrl, service: 'Disdukcapil' });
  return {
    list: () => api.get<{ requests: SubmittedRequest[] }>('permohonan').then((body) => body.requests),
    get: (id) => api.get(`permohonan/${encodeURIComponent(id)}`),
    submit: (request) => api.post('permohonan', request),
  };
}
