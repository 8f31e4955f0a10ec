import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

interface Answer {
  status: number;
  code: string;
  message: string;
  path?: string;
}

/**
 * Node's HTTP parser refuses these before Fastify sees a request, so no route or error handler answers them; their
 * codes are the registry's all the same.
 */
const answers: Readonly<Record<string, Answer>> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'HEADERS_TOO_LARGE',
    message:
      "The request's address and headers are larger than the registry reads: send fewer or shorter headers (a shorter Authorization token, fewer cookies) or a shorter address.",
    path: 'headers',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'REQUEST_TIMEOUT',
    message: 'The request did not arrive in time: send it again.',
  },
};

/**
 * Fastify's `clientErrorHandler` option: what the server answers a connection whose request Node could not read (too
 * large headers, a timeout, broken HTTP), in the registry's `{ code, message, path? }` rather than Fastify's shape.
 * Like Fastify's own, it says nothing to a connection that is gone and closes the rest.
 *
 * @example
 * Fastify({ clientErrorHandler: answerClientError });
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, ...answer } = answers[error.code ?? ''] ?? {
    status: 400,
    code: 'BAD_REQUEST',
    message: `The request is not valid HTTP/1.1 (${error.code ?? 'unreadable'}): send it with a standard HTTP client.`,
  };
  const body = JSON.stringify(answer);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
