import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
  'access-control-max-age': '600',
};

/**
 * Answers HTTP requests with msw handlers: the same mocks an agency's remote uses in its tests and standalone
 * development, served on the remote's origin so the portal under `npm start` has an agency API to talk to.
 * Cross-origin, because the shell calls it from its own origin with an access token.
 */
export async function serveMockApi(
  handlers: readonly RequestHandler[],
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
): Promise<void> {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, cors).end();
    return;
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const fetchRequest = new Request(new URL(request.url ?? '/', origin), {
    method: request.method ?? 'GET',
    headers: Object.entries(request.headers).flatMap(([name, value]) =>
      value === undefined
        ? []
        : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]],
    ),
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream, duplex: 'half' } : {}),
  });
  const answer =
    (await getResponse([...handlers], fetchRequest)) ??
    Response.json(
      {
        message: `The mock agency API has no ${request.method ?? 'GET'} ${new URL(fetchRequest.url).pathname}.`,
      },
      { status: 404 },
    );
  const headers: Record<string, string> = { ...cors };
  answer.headers.forEach((value, name) => (headers[name] = value));
  response.writeHead(answer.status, headers);
  response.end(Buffer.from(await answer.arrayBuffer()));
}
