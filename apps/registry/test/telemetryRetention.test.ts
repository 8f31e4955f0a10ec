import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createDatabase } from '../src/db/createDatabase.ts';
import type { Database } from '../src/db/schema.ts';
import { createTelemetryStore } from '../src/telemetry/createTelemetryStore.ts';
import { startTelemetryRetention } from '../src/telemetry/startTelemetryRetention.ts';
import { resolveTelemetryOptions, telemetryDefaults } from '../src/telemetry/TelemetryOptions.ts';
import { users } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, freshStorage, postgresAvailable } from './support/storageEngines.ts';

interface Counts {
  counts: Array<{ kind: string; name: string; count: number; last: string }>;
}

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;

describe.each(engines)('telemetry retention on %s', (engine) => {
  let registry: TestRegistry;
  /** The registry's database, opened beside it: records are backdated here, as if they had arrived long ago. */
  let db: Kysely<Database>;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    registry = await startTestRegistry(engine);
    db = (await createDatabase(registry.storage)).db;
  });
  afterAll(async () => {
    await db?.destroy();
    await registry?.close();
  });

  const receivedLongAgo = (appId: string, kind: 'event' | 'error', name: string, receivedAt: Date) =>
    db
      .insertInto('telemetry')
      .values({ app_id: appId, kind, name, data: null, received_at: receivedAt.toISOString() })
      .execute();
  const counts = async (appId: string) => {
    const since = new Date(Date.now() - 90 * dayMs).toISOString();
    const response = await registry.call('GET', `/api/apps/${appId}/telemetry?since=${since}`, {
      as: users.admin,
    });
    return (response.json() as Counts).counts;
  };
  const rawRows = async (appId: string) =>
    (await db.selectFrom('telemetry').select('received_at').where('app_id', '=', appId).execute()).length;

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('raw records, then hourly counts', () => {
    it('folds records past the retention into hourly counts, deletes them, and counts them the same', async () => {
      const now = new Date();
      const hour = new Date(Math.floor((now.getTime() - 40 * dayMs) / hourMs) * hourMs);
      for (const minutes of [5, 6, 7, 40, 59]) {
        await receivedLongAgo('ppid', 'event', 'dibuka', new Date(hour.getTime() + minutes * 60_000));
      }
      await receivedLongAgo('ppid', 'error', 'TypeError', new Date(now.getTime() - 35 * dayMs));
      // Within the retention: kept as it is.
      await receivedLongAgo('ppid', 'event', 'dibuka', new Date(now.getTime() - 29 * dayMs));
      const sent = await registry.call('POST', '/api/telemetry', {
        body: { records: [{ appId: 'ppid', kind: 'event', name: 'dibuka' }] },
      });
      expect(sent.status).toBe(202);
      const before = await counts('ppid');
      expect(before).toEqual([
        expect.objectContaining({ kind: 'event', name: 'dibuka', count: 7 }),
        expect.objectContaining({ kind: 'error', name: 'TypeError', count: 1 }),
      ]);

      const store = createTelemetryStore(db);
      expect(await store.rollUp(now, 30)).toBe(6);
      expect(await rawRows('ppid')).toBe(2);
      const hourly = await db
        .selectFrom('telemetry_hourly')
        .select(['kind', 'name', 'hour', 'count', 'last'])
        .where('app_id', '=', 'ppid')
        .orderBy('hour')
        .execute();
      expect(hourly.map((row) => ({ ...row, count: Number(row.count) }))).toEqual([
        {
          kind: 'event',
          name: 'dibuka',
          hour: hour.toISOString(),
          count: 5,
          last: new Date(hour.getTime() + 59 * 60_000).toISOString(),
        },
        expect.objectContaining({ kind: 'error', name: 'TypeError', count: 1 }),
      ]);
      // The agency sees the same numbers, and folding again counts nothing twice.
      expect(await counts('ppid')).toEqual(before);
      expect(await store.rollUp(now, 30)).toBe(0);
      expect(await counts('ppid')).toEqual(before);
      // A month on, the rest is folded too, still the same numbers.
      expect(await store.rollUp(new Date(now.getTime() + 31 * dayMs), 30)).toBe(2);
      expect(await rawRows('ppid')).toBe(0);
      expect(await counts('ppid')).toEqual(before);
    });

    it('folds what passed the retention while the registry was down as soon as it starts', async () => {
      await receivedLongAgo('jdih', 'event', 'dicari', new Date(Date.now() - 31 * dayMs));
      await registry.restart();
      await vi.waitFor(async () => expect(await rawRows('jdih')).toBe(0));
      expect(await counts('jdih')).toEqual([expect.objectContaining({ name: 'dicari', count: 1 })]);
    });

    it('folds a backlog a bounded step at a time, counting an hour split over steps and a batch of one moment whole', async () => {
      const hour = new Date(Math.floor((Date.now() - 45 * dayMs) / hourMs) * hourMs).getTime();
      for (let minute = 0; minute < 25; minute += 1) {
        await receivedLongAgo('satu-data', 'event', 'dibuka', new Date(hour + minute * 60_000 + 1));
      }
      // One batch: its 30 records share the moment they were received, more than one step takes.
      const batch = new Date(hour + 30 * 60_000).toISOString();
      await db
        .insertInto('telemetry')
        .values(
          Array.from({ length: 30 }, () => ({
            app_id: 'satu-data',
            kind: 'event' as const,
            name: 'diunduh',
            data: null,
            received_at: batch,
          })),
        )
        .execute();
      for (let minute = 0; minute < 7; minute += 1) {
        await receivedLongAgo('satu-data', 'error', 'TypeError', new Date(hour + hourMs + minute * 60_000));
      }
      const store = createTelemetryStore(db);
      const stopped = AbortSignal.abort();
      expect(await store.rollUp(new Date(), 30, { batchRows: 10, signal: stopped })).toBe(0);
      expect(await store.rollUp(new Date(), 30, { batchRows: 10 })).toBe(62);
      expect(await rawRows('satu-data')).toBe(0);
      const hourly = await db
        .selectFrom('telemetry_hourly')
        .select(['kind', 'name', 'hour', 'count'])
        .where('app_id', '=', 'satu-data')
        .orderBy('hour')
        .orderBy('name')
        .execute();
      expect(hourly.map((row) => ({ ...row, count: Number(row.count) }))).toEqual([
        { kind: 'event', name: 'dibuka', hour: new Date(hour).toISOString(), count: 25 },
        { kind: 'event', name: 'diunduh', hour: new Date(hour).toISOString(), count: 30 },
        { kind: 'error', name: 'TypeError', hour: new Date(hour + hourMs).toISOString(), count: 7 },
      ]);
    });

    it(`deletes hourly counts older than their retention (${telemetryDefaults.hourlyRetentionDays} days) as soon as it starts`, async () => {
      const hourAgo = (days: number) =>
        new Date(Math.floor((Date.now() - days * dayMs) / hourMs) * hourMs).toISOString();
      const counted = (hour: string, name: string) => ({
        app_id: 'riset-daerah',
        kind: 'event' as const,
        name,
        hour,
        count: 3,
        last: hour,
      });
      const retention = telemetryDefaults.hourlyRetentionDays;
      await db
        .insertInto('telemetry_hourly')
        .values([
          counted(hourAgo(retention + 1), 'dibuka'),
          counted(hourAgo(retention + 1), 'diunduh'),
          counted(hourAgo(retention + 60), 'dibuka'),
          counted(hourAgo(retention - 1), 'dibuka'),
        ])
        .execute();
      await registry.restart();
      const since = hourAgo(retention + 100);
      await vi.waitFor(async () =>
        expect(
          await db
            .selectFrom('telemetry_hourly')
            .select('hour')
            .where('app_id', '=', 'riset-daerah')
            .execute(),
        ).toEqual([{ hour: hourAgo(retention - 1) }]),
      );
      const response = await registry.call('GET', `/api/apps/riset-daerah/telemetry?since=${since}`, {
        as: users.admin,
      });
      expect((response.json() as Counts).counts).toEqual([
        expect.objectContaining({ name: 'dibuka', count: 3 }),
      ]);
    });

    it('folds a large backlog in bounded steps, one transaction each, and counts every record', async () => {
      // A database of its own, so the registry's own retention does not fold the backlog first.
      const storage = await freshStorage(engine);
      const backlog = (await createDatabase(storage)).db;
      onTestFinished(() => backlog.destroy());
      await backlog
        .insertInto('apps')
        .values({
          id: 'ppid',
          agency: 'setda',
          route: 'ppid',
          status: 'active',
          current_version: null,
          created_at: '',
          updated_at: '',
        })
        .execute();
      const records = 30_000;
      // A record every 20 ms, 40 days ago, in 50 names.
      const start = String(Date.now() - 40 * dayMs);
      await (
        engine === 'postgres'
          ? sql`INSERT INTO telemetry (app_id, kind, name, data, received_at)
            SELECT 'ppid', 'event', 'nama-' || (i % 50), NULL,
              to_char(to_timestamp((${start}::bigint + i * 20) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
            FROM generate_series(1, ${records}) AS i`
          : sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${records})
            INSERT INTO telemetry (app_id, kind, name, data, received_at)
            SELECT 'ppid', 'event', 'nama-' || (i % 50), NULL,
              strftime('%Y-%m-%dT%H:%M:%fZ', (${start} + i * 20) / 1000.0, 'unixepoch')
            FROM n`
      ).execute(backlog);
      // Each step deletes the records it folded: counting the deletes counts the steps. (How long a step takes is
      // the benchmark's to measure; here a busy machine would make any time limit flaky.)
      let steps = 0;
      const counting = backlog.withPlugin({
        transformQuery: ({ node }) => {
          if (node.kind === 'DeleteQueryNode') steps += 1;
          return node;
        },
        transformResult: ({ result }) => Promise.resolve(result),
      });
      const folded = await createTelemetryStore(counting).rollUp(new Date(), 30, { batchRows: 2000 });
      expect(folded).toBe(records);
      expect(steps).toBeGreaterThanOrEqual(records / 2000);
      const { total } = await backlog
        .selectFrom('telemetry_hourly')
        .select((eb) => eb.fn.sum<number | string>('count').as('total'))
        .executeTakeFirstOrThrow();
      expect(Number(total)).toBe(records);
    });
  });
});

describe('the retention timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const days = { retentionDays: 30, hourlyRetentionDays: 400 };

  it('runs at start and every interval, goes on after a failed run, and stops with the registry', async () => {
    vi.useFakeTimers();
    const rollUp = vi
      .fn<(now: Date, retentionDays: number, options: { signal: AbortSignal }) => Promise<number>>()
      .mockResolvedValue(0)
      .mockRejectedValueOnce(new Error('database busy'));
    const forgetHourly = vi.fn<(now: Date, retentionDays: number) => Promise<number>>().mockResolvedValue(0);
    const onError = vi.fn();
    const retention = startTelemetryRetention({ rollUp, forgetHourly }, days, onError, 1000);
    expect(rollUp).toHaveBeenCalledTimes(1);
    expect(rollUp.mock.calls[0]?.[0]).toBeInstanceOf(Date);
    expect(rollUp.mock.calls[0]?.[1]).toBe(30);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onError).toHaveBeenCalledWith(new Error('database busy'));
    expect(rollUp).toHaveBeenCalledTimes(4);
    // The hourly counts are kept their own time, after each roll-up that went through.
    expect(forgetHourly).toHaveBeenCalledTimes(3);
    expect(forgetHourly.mock.calls[0]?.[1]).toBe(400);
    await retention.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(rollUp).toHaveBeenCalledTimes(4);
  });

  it('lets the database close only after a run under way has finished its step, and stops it there', async () => {
    let finish = () => {};
    let signal: AbortSignal | undefined;
    const rollUp = vi.fn((_now: Date, _days: number, options: { signal: AbortSignal }) => {
      signal = options.signal;
      return new Promise<number>((resolve) => (finish = () => resolve(0)));
    });
    const retention = startTelemetryRetention(
      { rollUp, forgetHourly: () => Promise.resolve(0) },
      days,
      () => {},
    );
    let stopped = false;
    const stopping = retention.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toBe(false);
    // The roll-up is told to stop after the step under way, not left to work through the whole backlog.
    expect(signal?.aborted).toBe(true);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });
});

describe('telemetry options', () => {
  it('refuses a retention or limit that is not a whole number of at least 1, naming it', () => {
    expect(resolveTelemetryOptions({ retentionDays: 7 }).retentionDays).toBe(7);
    expect(resolveTelemetryOptions().retentionDays).toBe(30);
    expect(() => resolveTelemetryOptions({ retentionDays: 0 })).toThrow(
      'The telemetry option retentionDays must be a whole number of at least 1; got 0.',
    );
    expect(() => resolveTelemetryOptions({ requestsPerClientPerMinute: Number.NaN })).toThrow(
      'requestsPerClientPerMinute',
    );
    expect(() => resolveTelemetryOptions({ retentionDays: 30, hourlyRetentionDays: 30 })).toThrow(
      'The telemetry option hourlyRetentionDays (30) must be more than retentionDays (30)',
    );
  });
});
