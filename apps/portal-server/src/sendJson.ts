import type { ServerResponse } from 'node:http';

/** A JSON answer that no cache keeps: configuration and errors of this server's origins. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
