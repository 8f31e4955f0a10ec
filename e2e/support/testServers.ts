import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';

/** A port on loopback that nothing listens on: connecting to it is refused at once, like a remote that is down. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A server that accepts connections and never answers: the remote (or registry) that hangs. */
export async function startHangingServer(port = 0): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

/** A server on a free loopback port that answers every request with the same document. */
async function serveOnLoopback(
  type: string,
  body: string,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createHttpServer((_request, response) => {
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A remote's server that forgot CORS: it answers, but the browser may not read the answer from another origin. */
export function startServerWithoutCors(body: string): Promise<{ origin: string; close(): Promise<void> }> {
  return serveOnLoopback('application/json', body);
}

/** A legacy server-rendered app that cooperates with the shell: it tells the frame how tall its page is. */
export function startLegacyApp(): Promise<{ origin: string; close(): Promise<void> }> {
  return serveOnLoopback(
    'text/html; charset=utf-8',
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Arsip Lama</title></head>
<body style="margin:0"><main style="height:1234px"><h1>Aplikasi lama</h1><p>Halaman yang dirender di server.</p></main>
<script>parent.postMessage({ type: 'bas:resize', height: document.documentElement.scrollHeight }, '*');</script>
</body></html>`,
  );
}

/**
 * The owners' alert receiver as the monitor sees it (a chat or paging bridge): it keeps every alert POSTed to
 * `/hooks/bas` and lists them at `GET /alerts`, for the test to read from its own process.
 */
export async function startAlertReceiver(): Promise<{ origin: string; close(): Promise<void> }> {
  const alerts: unknown[] = [];
  const server = createHttpServer((request, response) => {
    if (request.method === 'GET' && request.url === '/alerts') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(alerts));
      return;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      alerts.push(JSON.parse(body));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
