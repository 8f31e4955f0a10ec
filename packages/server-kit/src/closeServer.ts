import type { Server } from 'node:http';

/**
 * Stops `server` accepting connections and resolves once the requests in flight are answered. Node closes the
 * connections idle at that moment, but one whose request was still running stays open after its answer until its
 * keep-alive timeout (5 s in Node, 72 s in Fastify), holding the close up: each is closed as soon as it goes idle.
 *
 * `stop` is what closes the server: `server.close` by default; a Fastify app's `app.close` (with `app.server`),
 * which also runs its onClose hooks.
 */
export async function closeServer(server: Server, stop?: () => Promise<unknown>): Promise<void> {
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
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
  }
}
