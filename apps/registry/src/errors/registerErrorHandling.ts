import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { RegistryError, statusOf, type ErrorIssue, type RegistryErrorCode } from './RegistryError.ts';

/** Fastify's own errors for bad requests, mapped to the registry's codes. */
const fastifyCodes: Record<string, RegistryErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

const fastifyMessages: Partial<Record<RegistryErrorCode, string>> = {
  BODY_TOO_LARGE:
    'The request body is too large: a manifest entry is a few kilobytes, an uploaded build at most 25 MB (leave out source maps and precompressed copies).',
  UNSUPPORTED_MEDIA_TYPE: 'Send the body as JSON with "Content-Type: application/json".',
};

function toRegistryError(error: FastifyError): RegistryError {
  if (error instanceof RegistryError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues: ErrorIssue[] = error.validation.map((issue) => ({
      path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      message: issue.message ?? 'is not valid',
    }));
    const first = issues[0];
    return new RegistryError(
      'VALIDATION_FAILED',
      first === undefined ? 'The request is not valid.' : `${first.path}: ${first.message}`,
      issues,
    );
  }
  const code = error.code === undefined ? undefined : fastifyCodes[error.code];
  if (code !== undefined) {
    return new RegistryError(
      code,
      fastifyMessages[code] ?? `The request body is not valid JSON: ${error.message}`,
    );
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new RegistryError('BAD_REQUEST', error.message);
  }
  return new RegistryError('INTERNAL', 'The registry failed; the error is logged. Try again later.', [], {
    cause: error,
  });
}

/** Every error becomes `{ code, message, path?, issues? }` with the status of its code; only real faults are 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const registryError = toRegistryError(error);
    if (statusOf[registryError.code] >= 500) request.log.error({ err: error }, registryError.message);
    const [first] = registryError.issues;
    return reply.code(statusOf[registryError.code]).send({
      code: registryError.code,
      message: registryError.message,
      ...(first === undefined ? {} : { path: first.path, issues: registryError.issues }),
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      code: 'NOT_FOUND',
      message: `No route ${request.method} ${request.url}; see /api/openapi.json for what the registry serves.`,
    }),
  );
}
