import type { AuthService } from '../contract.ts';
import { ApiError } from './ApiError.ts';

/**
 * Where an agency's API is and how to name it to the person when it fails.
 *
 * @example
 * const options: ApiClientOptions = { baseUrl: 'https://api.kotabogor.go.id/disdukcapil/', service: 'Disdukcapil' };
 */
export interface ApiClientOptions {
  /** The API's base URL, ending with `/`; paths are resolved against it. */
  baseUrl: string;
  /** The service's name in messages (`Layanan Disdukcapil tidak dapat dihubungi`). */
  service: string;
}

/**
 * JSON calls to an agency's API, authenticated with the app's access token.
 *
 * @example
 * const requests = await api.get<{ requests: Request[] }>('permohonan');
 */
export interface ApiClient {
  /** `GET` a path under the base URL and return its JSON. */
  get<T>(path: string): Promise<T>;
  /** `POST` a JSON body and return the JSON answer. */
  post<T>(path: string, body: unknown): Promise<T>;
}

/**
 * A client for an agency's API: every call carries a fresh access token from the shell when someone is signed in
 * (never stored by the app), and only to the app's API origins (`apiOrigins` in its manifest entry): a base URL
 * elsewhere is refused before anything is sent. Every failure becomes an {@link ApiError} whose message the app can show as it is: the API's own
 * `message` when it sends one, otherwise a sentence in Bahasa Indonesia naming the service.
 *
 * @example
 * const api = createApiClient(context.auth, { baseUrl: `${new URL(import.meta.url).origin}/api/`, service: 'Disdukcapil' });
 * const mine = await api.get<{ requests: SubmittedRequest[] }>('permohonan');
 */
export function createApiClient(auth: AuthService, options: ApiClientOptions): ApiClient {
  async function call<T>(path: string, init: RequestInit): Promise<T> {
    const url = new URL(path, options.baseUrl);
    // Nobody signed in: the call goes without a token, and the API decides what an anonymous visitor may do. An
    // address outside the app's API origins rejects here, with what to change, and nothing is sent.
    const token = await auth.getAccessTokenFor(url);
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
      });
    } catch {
      throw new ApiError(
        `Layanan ${options.service} tidak dapat dihubungi. Periksa koneksi Anda lalu coba lagi.`,
        0,
      );
    }
    const body = (await response.json().catch(() => undefined)) as { message?: unknown } | undefined;
    if (response.ok && body === undefined) {
      // An answer that is not JSON comes from something other than the API (a proxy's error page, a SPA fallback).
      throw new ApiError(
        `Layanan ${options.service} menjawab dengan format yang tidak dikenal (HTTP ${response.status}). Coba lagi nanti.`,
        response.status,
      );
    }
    if (!response.ok) {
      const message =
        typeof body?.message === 'string'
          ? body.message
          : `Layanan ${options.service} sedang bermasalah (HTTP ${response.status}). Coba lagi nanti.`;
      throw new ApiError(message, response.status);
    }
    return body as T;
  }
  return {
    get: (path) => call(path, { method: 'GET' }),
    post: (path, body) => call(path, { method: 'POST', body: JSON.stringify(body) }),
  };
}
