import type { Server } from 'node:http';

/**
 * Stops `server` accepting connections and resolves once the requests in flight are answered. Node closes the
 * connections idle at that moment, but one whose request was still running stays open after its answer until its
 * keep-alive timeout (5 s in Node, 72 s in Fastify), holding the close up: each is closed as soon as it goes idle.
 *
 * `stop` is what closes the server: `server.close` by default; a Fastify app's `app.close` (with `app.server`),
 * which also runs its onClose hooks.
 */
export async function closeServer(
  server: Server,
  stop?: () => Promise<unknown>,
  { graceMs = 8000 } = {},
): Promise<void> {
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  // A connection that never sent a request (a preconnect, a load balancer's TCP check) is not idle to Node and would
  // hold the close until its timeouts: after `graceMs` every connection left is closed, so the database can still be
  // closed before closeOnSignals' 10 s are up.
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await (stop?.() ??
      new Promise<void>((resolve, reject) =>
        server.close((error?: NodeJS.ErrnoException) =>
          // A server whose start failed has nothing to close; the caller is reporting that failure.
          error === undefined || error.code === 'ERR_SERVER_NOT_RUNNING' ? resolve() : reject(error),
        ),
      ));
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
}
