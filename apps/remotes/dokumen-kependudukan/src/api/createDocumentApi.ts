import type { AuthService } from '@bas/sdk';
import type { DocumentRequest, SubmittedRequest } from './documentRequest.ts';

/** A failure of the agency's API, with the message to show the applicant. */
export class DocumentApiError extends Error {
  override readonly name = 'DocumentApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface DocumentApi {
  list(): Promise<SubmittedRequest[]>;
  get(id: string): Promise<SubmittedRequest>;
  submit(request: DocumentRequest): Promise<SubmittedRequest>;
}

/**
 * The Disdukcapil API as this app uses it: every call carries the access token the shell hands out, and an
 * error response becomes a `DocumentApiError` with the API's own message.
 */
export function createDocumentApi(baseUrl: string, auth: AuthService): DocumentApi {
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const token = await auth.getAccessToken();
    if (token === undefined) throw new DocumentApiError('Masuk dulu untuk melihat permohonan Anda.', 401);
    let response: Response;
    try {
      response = await fetch(new URL(path, baseUrl), {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      });
    } catch {
      throw new DocumentApiError(
        'Layanan Disdukcapil tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
        0,
      );
    }
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    if (!response.ok) {
      throw new DocumentApiError(
        body.message ?? `Layanan Disdukcapil menjawab ${response.status}.`,
        response.status,
      );
    }
    return body as T;
  }
  return {
    list: () => call<{ requests: SubmittedRequest[] }>('permohonan').then((body) => body.requests),
    get: (id) => call<SubmittedRequest>(`permohonan/${encodeURIComponent(id)}`),
    submit: (request) =>
      call<SubmittedRequest>('permohonan', { method: 'POST', body: JSON.stringify(request) }),
  };
}
