import type { FastifyError, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { errorBody } from './errorBody.ts';
import { RegistryError, statusOf } from './RegistryError.ts';

/** Stands in for a part of the address too long for the router, to find which parameter it is. */
const standIn = 'too-long';

/**
 * A part of the address longer than the router takes (`maxParamLength`), refused before any route's schema sees
 * it: named as the parameter it is (`params.version`), found by routing the address with a short stand-in there.
 */
function tooLongParameter(request: FastifyRequest): RegistryError {
  const [pathname = ''] = request.url.split('?');
  const segments = pathname.split('/');
  const longest = segments.reduce(
    (found, segment, index) => (segment.length > (segments[found]?.length ?? 0) ? index : found),
    0,
  );
  const route = request.server.findRoute({
    method: request.method as HTTPMethods,
    url: segments.map((segment, index) => (index === longest ? standIn : segment)).join('/'),
  });
  const name = Object.entries(route?.params ?? {}).find(([, value]) => value === standIn)?.[0];
  const path = name === undefined ? 'url' : `params.${name}`;
  const length = segments[longest]?.length ?? 0;
  const problem = `is ${length} characters long, more than any the registry takes (app ids are at most 50, versions 64)`;
  return new RegistryError('VALIDATION_FAILED', `${path}: ${problem}: check the address.`, [
    { path, message: problem },
  ]);
}

function toRegistryError(error: FastifyError, request: FastifyRequest): RegistryError {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return tooLongParameter(request);
    case 'FST_ERR_BAD_URL':
      return new RegistryError(
        'BAD_REQUEST',
        'The address has a "%" that starts no valid escape (like %20): encode each part of it with encodeURIComponent.',
        [{ path: 'url', message: 'is not valid percent-encoding' }],
      );
    default:
      return new RegistryError('INTERNAL', 'The registry failed; the error is logged. Try again later.', [], {
        cause: error,
      });
  }
}

/**
 * Fastify's `frameworkErrors` option: the errors its router raises before a route (and its error handler) is
 * chosen, answered in the registry's `{ code, message, path }` rather than Fastify's own shape.
 *
 * @example
 * Fastify({ frameworkErrors: answerFrameworkError });
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const registryError = toRegistryError(error, request);
  if (statusOf[registryError.code] >= 500) request.log.error({ err: error }, registryError.message);
  void reply.code(statusOf[registryError.code]).send(errorBody(registryError));
}
