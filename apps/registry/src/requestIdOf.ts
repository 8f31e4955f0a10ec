import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a request id sent by a proxy may look like: short and plain, so it cannot forge or bloat a log line. */
const sane = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request's id for the logs and the `X-Request-Id` answer: the proxy's `X-Request-Id` when sane, else a new one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && sane.test(given) ? given : randomUUID();
}
