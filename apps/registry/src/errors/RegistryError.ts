/** Every error the registry answers with on purpose: a stable code, a message that says what to do. */
export type RegistryErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION_FAILED'
  | 'TOKEN_MISSING'
  | 'TOKEN_INVALID'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VERSION_EXISTS'
  | 'ROUTE_TAKEN'
  | 'ID_TAKEN'
  | 'INVALID_STATE'
  | 'LIMIT_REACHED'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'IDP_UNAVAILABLE'
  /** A part the registry needs (the database, its disk) cannot serve it right now; retrying later will do. */
  | 'UNAVAILABLE'
  | 'INTERNAL';

/** The HTTP status of each code, in one place. */
export const statusOf: Record<RegistryErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  TOKEN_MISSING: 401,
  TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_EXISTS: 409,
  ROUTE_TAKEN: 409,
  ID_TAKEN: 409,
  INVALID_STATE: 409,
  LIMIT_REACHED: 409,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
  IDP_UNAVAILABLE: 503,
  UNAVAILABLE: 503,
};

export interface ErrorIssue {
  path: string;
  message: string;
}

export class RegistryError extends Error {
  override readonly name = 'RegistryError';

  constructor(
    readonly code: RegistryErrorCode,
    message: string,
    readonly issues: readonly ErrorIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
