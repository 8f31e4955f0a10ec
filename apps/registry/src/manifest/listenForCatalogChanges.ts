import { sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { CatalogAnnouncer } from '../catalog/createCatalogRepository.ts';
import type { Database } from '../db/schema.ts';

/** The PostgreSQL notification channel every registry replica listens on. */
export const catalogChannel = 'bas_catalog';

/** Sends the catalog's new version to every listening replica when the writing transaction commits. */
export const notifyCatalogChange: CatalogAnnouncer = async (trx: Transaction<Database>, version) => {
  await sql`select pg_notify(${catalogChannel}, ${String(version)})`.execute(trx);
};

export interface CatalogListenerOptions {
  /** A direct connection to the primary: notifications pass neither through PgBouncer's transaction pooling nor to standbys. */
  connectionString: string;
  /** A change with its version, or `undefined` after (re)connecting, when changes may have been missed: read it all again. */
  onChange(version: number | undefined): void;
  log: { info(message: string): void; warn(message: string): void };
  /** Waits between tries to connect again: the first, doubled up to the last. */
  retryMs?: { first: number; max: number };
}

export interface CatalogListener {
  /** Whether the LISTEN connection is up now (for health and metrics). */
  connected(): boolean;
  close(): Promise<void>;
}

/**
 * Listens for catalog changes made by any replica, on a connection of its own that it opens again (with growing
 * waits) whenever it is lost. A lost connection may have missed notifications, so each (re)connection counts as a
 * change of unknown version; while it is down, the manifest cache's maximum age still bounds how stale a replica is.
 */
export function listenForCatalogChanges(options: CatalogListenerOptions): CatalogListener {
  const retry = options.retryMs ?? { first: 250, max: 5000 };
  let client: pg.Client | undefined;
  let up = false;
  let closed = false;
  let wait = retry.first;
  let timer: NodeJS.Timeout | undefined;

  const reconnectLater = (reason: string) => {
    if (closed || timer !== undefined) return;
    if (up) options.log.warn(`Catalog notifications lost (${reason}); listening again.`);
    up = false;
    client = undefined;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, wait);
    wait = Math.min(wait * 2, retry.max);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: options.connectionString, keepAlive: true });
    client = next;
    // Errors arrive as events too; 'end' follows them, and one reconnection is scheduled for both.
    // A client replaced since (its late 'end' after an 'error') schedules nothing.
    next.on('error', (error) => {
      if (client === next) reconnectLater(error.message);
    });
    next.on('end', () => {
      if (client === next) reconnectLater('the connection ended');
    });
    next.on('notification', (message) => {
      const version = Number(message.payload);
      options.onChange(Number.isSafeInteger(version) ? version : undefined);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${catalogChannel}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      reconnectLater(error instanceof Error ? error.message : String(error));
      return;
    }
    if (closed) {
      await next.end();
      return;
    }
    up = true;
    wait = retry.first;
    options.log.info('Listening for catalog changes from every registry replica.');
    options.onChange(undefined);
  };

  void connect();
  return {
    connected: () => up,
    async close() {
      closed = true;
      clearTimeout(timer);
      up = false;
      await client?.end().catch(() => undefined);
    },
  };
}
