import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '../src/db/createDatabase.ts';
import type { Database } from '../src/db/schema.ts';
import { createTelemetryStore } from '../src/telemetry/createTelemetryStore.ts';
import { startTelemetryRetention } from '../src/telemetry/startTelemetryRetention.ts';
import { resolveTelemetryOptions } from '../src/telemetry/TelemetryOptions.ts';
import { users } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

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
  });
});

describe('the retention timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at start and every interval, goes on after a failed run, and stops with the registry', async () => {
    vi.useFakeTimers();
    const rollUp = vi
      .fn<(now: Date) => Promise<number>>()
      .mockResolvedValue(0)
      .mockRejectedValueOnce(new Error('database busy'));
    const onError = vi.fn();
    const retention = startTelemetryRetention(rollUp, onError, 1000);
    expect(rollUp).toHaveBeenCalledTimes(1);
    expect(rollUp.mock.calls[0]?.[0]).toBeInstanceOf(Date);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onError).toHaveBeenCalledWith(new Error('database busy'));
    expect(rollUp).toHaveBeenCalledTimes(4);
    await retention.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(rollUp).toHaveBeenCalledTimes(4);
  });

  it('lets the database close only after a run under way has finished', async () => {
    let finish = () => {};
    const rollUp = vi.fn(() => new Promise<number>((resolve) => (finish = () => resolve(0))));
    const retention = startTelemetryRetention(rollUp, () => {});
    let stopped = false;
    const stopping = retention.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toBe(false);
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
  });
});
