import { createServer } from 'node:net';

/**
 * A port free on loopback right now, for a server started in another process (a database, an identity provider,
 * a replica), which must be told its port before it listens. Another process may take it in between: callers
 * start at once, and fail loudly if the port was taken.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
