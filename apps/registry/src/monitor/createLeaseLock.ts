import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MonitorLock } from './MonitorLock.ts';

/**
 * SQLite's lock: a row naming the monitor that holds it and until when (its lease). The holder renews the lease each
 * interval; another monitor takes the row once the lease has run out, so when the holder dies the next one probes
 * within the lease and one interval more. The monitors share the database file, so they share one machine's clock,
 * which the lease is read against (the real one: a monitor's injected clock dates its probes, not its lease).
 */
export function createLeaseLock(db: Kysely<Database>, leaseMs: number): MonitorLock {
  // Who holds it, for whoever reads the row: the host and process, and a nonce in case a pid is reused.
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  return {
    async acquire() {
      const now = Date.now();
      // One statement, so two monitors trying at once cannot both win: the update applies only to this monitor's
      // own row or to a lease that has run out.
      const result = await db
        .insertInto('monitor_lock')
        .values({ name: 'monitor', holder, expires_at: new Date(now + leaseMs).toISOString() })
        .onConflict((conflict) =>
          conflict
            .column('name')
            .doUpdateSet((eb) => ({
              holder: eb.ref('excluded.holder'),
              expires_at: eb.ref('excluded.expires_at'),
            }))
            .where((eb) =>
              eb.or([
                eb('monitor_lock.holder', '=', holder),
                eb('monitor_lock.expires_at', '<', new Date(now).toISOString()),
              ]),
            ),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async close() {
      await db.deleteFrom('monitor_lock').where('holder', '=', holder).execute();
    },
  };
}
