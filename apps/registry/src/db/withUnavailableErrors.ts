import { setTimeout as sleep } from 'node:timers/promises';
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';
import { asUnavailable, unreachableMessage } from '../errors/asUnavailable.ts';
import { RegistryError } from '../errors/RegistryError.ts';

export interface UnavailableErrorOptions {
  /**
   * SQLite only: how long a statement waits for another process's write lock before it answers 503. Set
   * `busy_timeout` to 0 with it: SQLite's own wait blocks the event loop, so nothing else (the cached manifest, the
   * health check) would be answered meanwhile.
   */
  busyWaitMs?: number;
}

function isBusy(error: unknown): boolean {
  // Not SQLITE_BUSY_SNAPSHOT: the transaction read data that has changed since, so only starting it again helps.
  return (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
}

function alreadyRolledBack(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_ERROR' && message === 'cannot rollback - no transaction is active';
}

/**
 * The dialect, with every driver error that means "the database is out of service" (disk full, busy, unreachable,
 * restarting, too slow) turned into a 503 UNAVAILABLE RegistryError that says to try again, and with SQLite's lock
 * waited out without blocking the event loop. Errors a caller can act on (constraints) pass unchanged.
 */
export function withUnavailableErrors(dialect: Dialect, options: UnavailableErrorOptions = {}): Dialect {
  const busyWaitMs = options.busyWaitMs ?? 0;
  // When the current busy spell began: statements queued behind one that waited its full time fail at once instead
  // of each waiting again (50 publishes would otherwise hold the connection for 50 waits).
  let busySince: number | undefined;
  let lastBusyAt = 0;

  /** Whether a statement that found the database busy may wait `delay` ms more and try again. */
  function mayWait(delay: number): boolean {
    const now = Date.now();
    if (busySince === undefined || now - lastBusyAt > 1000) busySince = now;
    lastBusyAt = now;
    return now + delay <= busySince + busyWaitMs;
  }

  async function run<T>(step: () => Promise<T>, retryWhenBusy: boolean): Promise<T> {
    let retried = false;
    for (let delay = 10; ; delay = Math.min(delay * 2, 250)) {
      try {
        const result = await step();
        // The lock was let go: the next statement that finds it taken waits its full time again.
        if (retried) busySince = undefined;
        return result;
      } catch (error) {
        if (retryWhenBusy && busyWaitMs > 0 && isBusy(error) && mayWait(delay)) {
          retried = true;
          await sleep(delay);
          continue;
        }
        throw asUnavailable(error) ?? error;
      }
    }
  }

  function wrapDriver(driver: Driver): Driver {
    const inner = new WeakMap<DatabaseConnection, DatabaseConnection>();
    const unwrap = (connection: DatabaseConnection) => inner.get(connection) ?? connection;
    // No savepoints: the registry does not use them, and Kysely says the driver lacks them if it ever does.
    return {
      init: () => driver.init(),
      async acquireConnection() {
        let connection: DatabaseConnection;
        try {
          connection = await driver.acquireConnection();
        } catch (error) {
          // No connection at all (refused, timed out, authentication refused, database missing): whatever the
          // reason, the caller can only try again later; the log has the cause.
          throw (
            asUnavailable(error) ?? new RegistryError('UNAVAILABLE', unreachableMessage, [], { cause: error })
          );
        }
        const wrapped: DatabaseConnection = {
          // A statement that failed busy did nothing, inside a transaction too: running it again is what SQLite's
          // own busy handler would do.
          executeQuery: <R>(query: CompiledQuery) =>
            run<QueryResult<R>>(() => connection.executeQuery<R>(query), true),
          streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
        };
        inner.set(wrapped, connection);
        return wrapped;
      },
      beginTransaction: (connection, settings) =>
        run(() => driver.beginTransaction(unwrap(connection), settings), true),
      commitTransaction: (connection) => run(() => driver.commitTransaction(unwrap(connection)), true),
      rollbackTransaction: (connection) =>
        run(() => driver.rollbackTransaction(unwrap(connection)), false).catch((error: unknown) => {
          // SQLite rolls a transaction back by itself after some failures (a full disk among them): the ROLLBACK
          // that follows finds none, and its error would hide the failure the caller needs to hear about.
          if (!alreadyRolledBack(error)) throw error;
        }),
      releaseConnection: (connection) => driver.releaseConnection(unwrap(connection)),
      destroy: () => driver.destroy(),
    };
  }

  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => wrapDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
