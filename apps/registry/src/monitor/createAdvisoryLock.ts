import pg from 'pg';
import type { MonitorLock } from './MonitorLock.ts';

/** The advisory lock's key: the monitor's, which nothing else in the registry's database takes. */
const lockKey = 4193;

/**
 * PostgreSQL's lock: a session-level advisory lock (`pg_try_advisory_lock`) on a connection of its own, outside the
 * pool, which would hand the session to other queries. The server lets go of it when that session ends, so when the
 * holder dies (its connection closes) the next monitor takes over at its next turn. A connection that breaks loses
 * the lock with it: the monitor stops probing and tries again on a new connection.
 */
export function createAdvisoryLock(databaseUrl: string): MonitorLock {
  let client: pg.Client | undefined;
  let held = false;
  const drop = () => {
    const lost = client;
    client = undefined;
    held = false;
    void lost?.end().catch(() => undefined);
  };
  return {
    async acquire() {
      try {
        if (client === undefined) {
          const connection = new pg.Client({
            connectionString: databaseUrl,
            application_name: 'bas-monitor',
            connectionTimeoutMillis: 5000,
            query_timeout: 10_000,
            // Notices a server host that vanished without closing the connection.
            keepAlive: true,
          });
          // A restart or pg_terminate_backend ends the session and the lock with it; pg reports it here.
          connection.on('error', () => {
            if (client === connection) drop();
          });
          client = connection;
          await connection.connect();
        }
        if (held) {
          // The session that holds the lock is still there: the lock is too.
          await client.query('SELECT 1');
          return true;
        }
        const { rows } = await client.query<{ locked: boolean }>(
          'SELECT pg_try_advisory_lock($1) AS locked',
          [lockKey],
        );
        held = rows[0]?.locked === true;
        return held;
      } catch (error) {
        drop();
        throw error;
      }
    },
    async close() {
      const connection = client;
      client = undefined;
      held = false;
      // Ending the session lets go of the lock.
      await connection?.end();
    },
  };
}
