/**
 * A failed call to an agency's API, with a message written for the person using the app and the HTTP status
 * (0 when the API could not be reached at all).
 *
 * @example
 * try { await api.get('permohonan'); } catch (error) { if (error instanceof ApiError && error.status === 401) auth.login(); }
 */
export class ApiError extends Error {
  /** Always `ApiError`, for logs. */
  override readonly name = 'ApiError';
  /** The HTTP status, or 0 when no answer came. */
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}
