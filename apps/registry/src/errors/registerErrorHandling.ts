import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { wrongTypeMessage } from '@bas/manifest';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { asUnavailable } from './asUnavailable.ts';
import { errorBody } from './errorBody.ts';
import { parseJsonBodies } from './parseJsonBodies.ts';
import { RegistryError, statusOf, type ErrorIssue } from './RegistryError.ts';

/** A header as it may be quoted back: short, and only what a header may hold. */
const quoted = (value: string) => JSON.stringify(value.slice(0, 100));

/** Fastify's and its plugins' own errors for bad requests, said as the registry says them. */
function fastifyError(error: FastifyError, request: FastifyRequest): RegistryError | undefined {
  const type = request.headers['content-type'];
  const encoding = request.headers['content-encoding'];
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RegistryError(
        'BODY_TOO_LARGE',
        'The request body is too large: a manifest entry is a few kilobytes, an uploaded build at most 25 MB (leave out source maps and precompressed copies).',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new RegistryError(
        'UNSUPPORTED_MEDIA_TYPE',
        `${type === undefined ? 'The body came without a Content-Type' : `The body was sent as ${quoted(type)}`}; the registry reads JSON: send it with "Content-Type: application/json".`,
        [{ path: 'headers.content-type', message: 'must be application/json' }],
      );
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new RegistryError(
        'BAD_REQUEST',
        'The body is not as long as its Content-Length header says: let the HTTP client set Content-Length.',
        [{ path: 'headers.content-length', message: 'differs from the length of the body' }],
      );
    case 'FST_CP_ERR_INVALID_CONTENT_ENCODING':
      return new RegistryError(
        'UNSUPPORTED_MEDIA_TYPE',
        `The body's Content-Encoding ${quoted(String(encoding))} is not one the registry reads: send it uncompressed, or as gzip, deflate or br.`,
        [{ path: 'headers.content-encoding', message: 'must be gzip, deflate or br, or left out' }],
      );
    case 'FST_CP_ERR_INVALID_CONTENT':
      return new RegistryError(
        'BAD_REQUEST',
        `The body could not be decompressed as its Content-Encoding ${quoted(String(encoding))} says: send it uncompressed, or compressed that way.`,
        [{ path: 'headers.content-encoding', message: 'does not match the body' }],
      );
    default:
      return undefined;
  }
}

function valueAt(root: unknown, keys: readonly string[]): unknown {
  let value = root;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * A route's schema refused the request: each issue named by where it is (`body.version`, `querystring.before`).
 * A body field of the wrong type is told apart from a missing one, which zod's issues do not do by themselves.
 */
function validationError(
  error: FastifyError & {
    validation: Array<{
      instancePath: string;
      keyword: string;
      message?: string;
      params: Record<string, unknown>;
    }>;
  },
  request: FastifyRequest,
): RegistryError {
  const context = error.validationContext ?? 'body';
  const issues: ErrorIssue[] = error.validation.map((issue) => {
    const keys = issue.instancePath.split('/').filter(Boolean);
    let message = issue.message ?? 'is not valid';
    if (context === 'body' && issue.keyword === 'invalid_type') {
      const value = valueAt(request.body, keys);
      message = value === undefined ? 'is required' : wrongTypeMessage(String(issue.params.expected), value);
    }
    return { path: [context, ...keys].join('.'), message };
  });
  const [first] = issues;
  return new RegistryError(
    'VALIDATION_FAILED',
    first === undefined ? 'The request is not valid.' : `${first.path}: ${first.message}`,
    issues,
  );
}

function toRegistryError(error: FastifyError, request: FastifyRequest): RegistryError {
  if (error instanceof RegistryError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationError(error, request);
  const known = fastifyError(error, request);
  if (known !== undefined) return known;
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new RegistryError('BAD_REQUEST', error.message);
  }
  // PostgreSQL refuses NUL in text (SQLite stores it): the request is at fault, not the registry.
  if ((error as { code?: unknown }).code === '22021') {
    return new RegistryError(
      'BAD_REQUEST',
      'The request holds a character the database cannot store (NUL, U+0000): remove it and send it again.',
    );
  }
  // A part out of service (disk full while storing an upload, the database gone) is a 503 that says which.
  const unavailable = asUnavailable(error);
  if (unavailable !== undefined) return unavailable;
  return new RegistryError('INTERNAL', 'The registry failed; the error is logged. Try again later.', [], {
    cause: error,
  });
}

/**
 * Every error becomes `{ code, message, path?, issues? }` with the status of its code; only real faults are 500.
 * Bodies are read as JSON only (`parseJsonBodies`), so that their refusals are said here too.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  parseJsonBodies(app);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const registryError = toRegistryError(error, request);
    if (statusOf[registryError.code] >= 500) request.log.error({ err: error }, registryError.message);
    return reply.code(statusOf[registryError.code]).send(errorBody(registryError));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      code: 'NOT_FOUND',
      message: `No route ${request.method} ${request.url}; see /api/openapi.json for what the registry serves.`,
    }),
  );
}
