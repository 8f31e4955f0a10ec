import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'msw';

type GetResponse = (handlers: RequestHandler[], request: Request) => Promise<Response | undefined>;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The request as the Fetch API sees it, which is what msw's handlers take. */
async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const method = request.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request);
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    ...(body === undefined ? {} : { body: new Uint8Array(body) }),
  });
}

/**
 * Answers the app's API with its msw handlers, in Node, for pages on any origin: the portal calls it from its own
 * origin with the signed-in person's token, so every answer allows that origin (CORS) and the preflight is answered
 * here. A request under /api/ that no handler takes gets a 404 that says so, not the standalone page.
 */
export function mockApiMiddleware(options: { handlers: RequestHandler[]; getResponse: GetResponse }) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    const path = new URL(request.url ?? '/', origin).pathname;
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      vary: 'origin',
    };
    if (!path.startsWith('/api/')) return next();
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    toFetchRequest(request, origin)
      .then((fetchRequest) => options.getResponse(options.handlers, fetchRequest))
      .then(async (answer) => {
        if (answer === undefined) {
          response.writeHead(404, { ...cors, 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              message: `No handler in src/mocks/handlers.ts answers ${request.method ?? 'GET'} ${path}: add one.`,
            }),
          );
          return;
        }
        response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), ...cors });
        response.end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch((error: unknown) => {
        response.writeHead(500, { ...cors, 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: `The mock handler failed: ${(error as Error).message}` }));
      });
  };
}
