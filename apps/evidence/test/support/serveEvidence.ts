import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the registry's `GET /api/evidence`: answers `answer(request)` (status and body) and remembers
 * what it was asked. The body goes out as given, so the test can tell "as received" from re-serialised.
 */
export async function serveEvidence(answer: (request: IncomingMessage) => { status: number; body: string }) {
  const asked: { url: string; authorization: string | undefined }[] = [];
  const server = createServer((request, response) => {
    asked.push({ url: request.url ?? '', authorization: request.headers.authorization });
    const { status, body } = answer(request);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    asked,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
