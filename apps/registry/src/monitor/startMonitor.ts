import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { ManifestEntry } from '@bas/manifest';
import { closeServer, listen } from '@bas/server-kit';
import pLimit from 'p-limit';
import { createCatalogRepository } from '../catalog/createCatalogRepository.ts';
import { createDatabase, type Engine } from '../db/createDatabase.ts';
import { createAdvisoryLock } from './createAdvisoryLock.ts';
import { createLeaseLock } from './createLeaseLock.ts';
import { createMonitorMetrics } from './createMonitorMetrics.ts';
import { createProbeStore } from './createProbeStore.ts';
import { createAlerts } from './createAlerts.ts';
import { alertFor } from './createWebhookAlerts.ts';
import { resolveMonitorOptions, type MonitorOptions } from './MonitorOptions.ts';
import { probeEntry } from './probeEntry.ts';
import type { ProbeResult } from './ProbeResult.ts';
import { startProbeRetention, type ProbeRetention } from './startProbeRetention.ts';

export interface Monitor {
  engine: Engine;
  /** Where the data lives, for logs (never the password). */
  location: string;
  /** Where `GET /metrics` is served (`http://127.0.0.1:4193`); undefined without `metricsPort`. */
  metricsUrl: string | undefined;
  /**
   * Stops probing, lets the probes under way be stored, lets go of the lock (a waiting monitor takes over at its
   * next turn) and closes the database.
   */
  close(): Promise<void>;
}

/**
 * When in each interval an app is probed: spread over the interval by its id, the same every round, so the probes
 * of a large catalog come one after another rather than in a burst, and each app is probed once an interval.
 */
const offsetOf = (id: string, intervalMs: number) =>
  (createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32) * intervalMs;

/**
 * The monitor: probes every active app of the catalog once an interval (see probeEntry), at most `concurrency` at
 * once, stores each result and each app's derived status (createProbeStore), which the registry answers with and
 * marks `down` apps in the manifest by, and folds probes older than 30 days into daily counts. One monitor probes
 * across all replicas: each round it takes or renews the lock (an advisory lock on PostgreSQL, a lease on SQLite);
 * the others wait and take over when it stops or dies. Resolves once the first round has decided which it is.
 *
 * @example
 * const monitor = await startMonitor({ dataDir: '.data', metricsPort: 4193 });
 * closeOnSignals(() => monitor.close(), { name: 'BAS monitor' });
 */
export async function startMonitor(options: MonitorOptions): Promise<Monitor> {
  const settings = resolveMonitorOptions(options);
  const { metricsPort } = options;
  if (
    metricsPort !== undefined &&
    (!Number.isInteger(metricsPort) || metricsPort < 0 || metricsPort > 65535)
  ) {
    throw new Error(
      `The monitor's metrics port (BAS_MONITOR_PORT) must be a port number from 0 to 65535; got ${String(metricsPort)}.`,
    );
  }
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? console;
  const alert = createAlerts(options, logger);
  const database = await createDatabase(options);
  const catalog = createCatalogRepository(database.db);
  const probes = createProbeStore(database.db);
  // On SQLite the lease outlasts two renewals' worth of time, so a renewal held up by a busy database is no takeover.
  const lock =
    database.engine === 'postgres'
      ? createAdvisoryLock(options.databaseUrl ?? '')
      : createLeaseLock(database.db, 2 * settings.intervalMs);
  const metrics = createMonitorMetrics();
  const server = metricsPort === undefined ? undefined : createServer(metrics.serve);
  let metricsUrl: string | undefined;
  try {
    if (server !== undefined)
      metricsUrl = await listen(server, options.metricsHost ?? '127.0.0.1', metricsPort ?? 0);
  } catch (error) {
    await database.db.destroy();
    throw error;
  }

  const stopping = new AbortController();
  const limit = pLimit(settings.concurrency);
  /** Each app's probe, from when it is scheduled until it is stored: an app is never probed twice at once. */
  const pending = new Map<string, Promise<void>>();
  /** Probes waiting for their moment in the interval: dropped when the lock is lost or the monitor stops. */
  const waiting = new Map<NodeJS.Timeout, () => void>();
  let holds: boolean | undefined;
  let retention: ProbeRetention | undefined;
  let timer: NodeJS.Timeout | undefined;
  let turn: Promise<void> = Promise.resolve();

  const dropWaiting = () => {
    for (const [waitingTimer, resolve] of waiting) {
      clearTimeout(waitingTimer);
      resolve();
    }
    waiting.clear();
  };

  const setHolds = (held: boolean) => {
    metrics.holdsLock(held);
    if (held === holds) return;
    holds = held;
    if (held) {
      logger.log(
        `BAS monitor: took the lock: probing every active app every ${settings.intervalMs / 1000} s.`,
      );
      retention = startProbeRetention(probes, now, (error) =>
        logger.error(
          'BAS monitor: folding probes older than 30 days into daily counts failed; it is tried again within the hour.',
          error,
        ),
      );
      return;
    }
    logger.log(
      `BAS monitor: waiting: another monitor probes (or the lock cannot be reached); trying again every ${settings.intervalMs / 1000} s.`,
    );
    dropWaiting();
    void retention?.stop();
    retention = undefined;
  };

  const probe = async (entry: ManifestEntry) => {
    if (holds !== true || stopping.signal.aborted) return;
    const started = performance.now();
    let result: ProbeResult;
    try {
      result = await probeEntry(entry, { ...settings, now, signal: stopping.signal });
    } catch (error) {
      // Stopping aborts the probes under way: no verdict on the app.
      if (!stopping.signal.aborted) {
        logger.error(
          `BAS monitor: probing ${entry.id} failed unexpectedly; it is probed again next round.`,
          error,
        );
      }
      return;
    }
    metrics.probed(entry.id, entry.kind, result.status, (performance.now() - started) / 1000);
    try {
      const { before, after } = await probes.record(entry.id, result, settings.downAfter);
      if (before?.status !== after.status) {
        logger.log(
          `BAS monitor: ${entry.id} is ${after.status} since ${after.since}${after.reason === null ? '.' : `: ${after.reason}`}`,
        );
        const change = alertFor(entry, before, after);
        if (change !== undefined) await alert?.(change);
      }
    } catch (error) {
      logger.error(
        `BAS monitor: the probe of ${entry.id} could not be stored; the database may be down, and the next round tries again.`,
        error,
      );
    }
  };

  const schedule = (entry: ManifestEntry): Promise<void> => {
    const done = new Promise<void>((resolve) => {
      const waitingTimer = setTimeout(
        () => {
          waiting.delete(waitingTimer);
          resolve(limit(() => probe(entry)));
        },
        offsetOf(entry.id, settings.intervalMs),
      );
      waiting.set(waitingTimer, resolve);
    }).finally(() => pending.delete(entry.id));
    pending.set(entry.id, done);
    return done;
  };

  const round = async () => {
    const started = performance.now();
    let held = false;
    try {
      held = await lock.acquire();
    } catch (error) {
      logger.error('BAS monitor: the lock could not be taken or renewed; the database may be down.', error);
    }
    if (stopping.signal.aborted) return;
    setHolds(held);
    if (!held) return;
    let entries: ManifestEntry[];
    try {
      // Every role: internal apps are probed too, their status shown to their agency and the admins.
      entries = (await catalog.currentEntries()).filter(
        (entry) => entry.status === 'active' && (options.probes?.(entry) ?? true),
      );
    } catch (error) {
      logger.error('BAS monitor: the catalog could not be read; the next round tries again.', error);
      return;
    }
    if (stopping.signal.aborted) return;
    // An app whose probe of the last round is still under way (slower than the interval) sits this one out.
    const due = entries.filter((entry) => !pending.has(entry.id)).map(schedule);
    void Promise.all(due).then(() => {
      if (due.length > 0 && holds === true) metrics.cycled((performance.now() - started) / 1000);
    });
  };

  const next = () => {
    const startedAt = Date.now();
    turn = round().finally(() => {
      if (!stopping.signal.aborted) {
        timer = setTimeout(next, Math.max(0, startedAt + settings.intervalMs - Date.now()));
      }
    });
  };
  next();
  await turn;

  return {
    engine: database.engine,
    location: database.location,
    metricsUrl,
    async close() {
      stopping.abort();
      clearTimeout(timer);
      dropWaiting();
      await turn;
      await Promise.all(pending.values());
      await retention?.stop();
      await lock
        .close()
        .catch((error: unknown) =>
          logger.error(
            'BAS monitor: the lock could not be let go; another monitor takes over once it expires.',
            error,
          ),
        );
      if (server !== undefined) await closeServer(server);
      await database.db.destroy();
    },
  };
}
