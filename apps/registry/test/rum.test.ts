import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createDatabase } from '../src/db/createDatabase.ts';
import { telemetryDefaults } from '../src/telemetry/TelemetryOptions.ts';
import { readMetrics, sampleOf } from './support/readMetrics.ts';
import { users } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface Usage {
  app: string;
  since: string;
  until: string;
  opens: {
    attempts: number;
    mounted: number;
    failed: number;
    failures: Record<string, number>;
    timeToMountedMs: { p50: number; p75: number; p95: number } | null;
  };
  vitals: Record<string, { count: number; p75: number | null } | null>;
  hours: Array<{ hour: string; attempts: number; failed: number; mountedP75Ms: number | null }>;
}

const hourMs = 3600 * 1000;

const noFailures = {
  timeout: 0,
  network: 0,
  integrity: 0,
  'sdk-version': 0,
  'mount-error': 0,
  'render-error': 0,
};

describe.each(engines)('real-user monitoring on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry?.close());

  const send = (samples: unknown[], options: { as?: (typeof users)[keyof typeof users] } = {}) =>
    registry.call('POST', '/api/rum', { body: { samples }, ...options });
  const usage = async (appId: string, query = '') => {
    const response = await registry.call('GET', `/api/apps/${appId}/usage${query}`, { as: users.admin });
    expect(response.status).toBe(200);
    return response.json() as Usage;
  };
  const mounted = (appId: string, ms: number) => ({ appId, metric: 'open', outcome: 'mounted', ms });
  const failed = (appId: string, cause: string, ms: number) => ({
    appId,
    metric: 'open',
    outcome: 'failed',
    cause,
    ms,
  });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())(
    'the shell reports, the agency reads',
    () => {
      it("counts an app's openings, failures by cause and vitals, with their percentiles, at once", async () => {
        const response = await send([
          ...[100, 200, 300, 400, 500, 600, 700, 800, 900, 1000].map((ms) => mounted('akta-kelahiran', ms)),
          failed('akta-kelahiran', 'timeout', 15_000),
          failed('akta-kelahiran', 'timeout', 15_000),
          failed('akta-kelahiran', 'integrity', 80),
          { appId: 'akta-kelahiran', metric: 'LCP', value: 900 },
          { appId: 'akta-kelahiran', metric: 'LCP', value: 1200 },
          { appId: 'akta-kelahiran', metric: 'LCP', value: 2500 },
          { appId: 'akta-kelahiran', metric: 'CLS', value: 0.05 },
        ]);
        // Taken, and nothing said about which samples were kept.
        expect(response.status).toBe(202);
        expect(response.body).toBe('');

        const read = await registry.call('GET', '/api/apps/akta-kelahiran/usage', {
          as: users.devDisdukcapil,
        });
        expect(read.status).toBe(200);
        const figures = read.json() as Usage;
        expect(figures.app).toBe('akta-kelahiran');
        expect(Date.parse(figures.until) - Date.parse(figures.since)).toBe(24 * 3600 * 1000);
        expect(figures.opens).toEqual({
          attempts: 13,
          mounted: 10,
          failed: 3,
          failures: { ...noFailures, timeout: 2, integrity: 1 },
          // Nearest rank: values that were measured.
          timeToMountedMs: { p50: 500, p75: 800, p95: 1000 },
        });
        expect(figures.vitals).toEqual({
          LCP: { count: 3, p75: 2500 },
          INP: null,
          CLS: { count: 1, p75: 0.05 },
          FCP: null,
          TTFB: null,
        });
        // One batch, so one hour.
        expect(figures.hours).toEqual([
          {
            hour: expect.stringMatching(/T\d\d:00:00\.000Z$/) as string,
            attempts: 13,
            failed: 3,
            mountedP75Ms: 800,
          },
        ]);
      });

      it('keeps only the samples of apps the sender sees: an internal app with a token, never anonymously', async () => {
        const batch = [
          mounted('siak', 300),
          mounted('akta-kematian', 400),
          // Not in the catalog: dropped without a word.
          mounted('tidak-ada-di-katalog', 500),
        ];
        expect((await send(batch)).status).toBe(202);
        expect((await usage('siak')).opens.attempts).toBe(0);
        expect((await usage('akta-kematian')).opens.attempts).toBe(1);
        expect((await send(batch, { as: users.asnDisdukcapil })).status).toBe(202);
        expect((await usage('siak')).opens.attempts).toBe(1);
        expect((await usage('akta-kematian')).opens.attempts).toBe(2);
      });

      it('refuses a malformed batch with a message that names the field', async () => {
        const refused = async (samples: unknown[], message: string) => {
          const response = await send(samples);
          expect(response.status).toBe(400);
          expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', message });
        };
        await refused(
          [{ appId: 'kia', metric: 'FID', value: 20 }],
          'body.samples.0.metric: must be "open" (an opening of the app) or a Core Web Vital: LCP, INP, CLS, FCP, TTFB',
        );
        await refused(
          [mounted('kia', 10), { appId: 'kia', metric: 'open', outcome: 'failed', ms: 10 }],
          'body.samples.1.cause: must be one of timeout, network, integrity, sdk-version, mount-error, render-error',
        );
        await refused(
          [failed('kia', 'bosan', 10)],
          'body.samples.0.cause: must be one of timeout, network, integrity, sdk-version, mount-error, render-error',
        );
        await refused(
          [{ appId: 'kia', metric: 'open', outcome: 'maybe', ms: 10 }],
          'body.samples.0.outcome: must be "mounted" or "failed"',
        );
        await refused([mounted('kia', -1)], 'body.samples.0.ms: must be milliseconds from 0 to 600000');
        await refused(
          [{ appId: 'kia', metric: 'CLS', value: 250 }],
          'body.samples.0.value: must be from 0 to 100',
        );
        await refused(
          [mounted('KIA!', 10)],
          expect.stringContaining('body.samples.0.appId: must be an app id') as string,
        );
        expect((await send([])).status).toBe(400);
        expect((await send(Array.from({ length: 51 }, () => mounted('kia', 10)))).status).toBe(400);
        expect((await usage('kia')).opens.attempts).toBe(0);
      });

      it("keeps an app's usage from other agencies' developers and from anonymous callers, as if it did not exist", async () => {
        const read = (appId: string, as?: (typeof users)[keyof typeof users]) =>
          registry.call('GET', `/api/apps/${appId}/usage`, as === undefined ? {} : { as });
        const asBkpsdm = await read('akta-kelahiran', users.devBkpsdm);
        const absent = await read('tidak-ada-di-katalog', users.devBkpsdm);
        expect(asBkpsdm.status).toBe(404);
        expect((asBkpsdm.json() as { message: string }).message).toBe(
          (absent.json() as { message: string }).message.replace('tidak-ada-di-katalog', 'akta-kelahiran'),
        );
        expect((await read('akta-kelahiran')).status).toBe(401);
        expect((await read('tidak-ada-di-katalog')).status).toBe(401);
        // A civil servant who may report for the app may not read its figures.
        expect((await read('akta-kelahiran', users.asnDisdukcapil)).status).toBe(403);
      });

      it('answers the range asked for, and refuses one backwards or longer than the hourly figures are kept', async () => {
        const since = '2026-01-01T00:00:00Z';
        const figures = await usage('pindah-datang', `?since=${since}&until=2026-01-02T12:30:00.5Z`);
        expect([figures.since, figures.until]).toEqual([
          '2026-01-01T00:00:00.000Z',
          '2026-01-02T12:30:00.500Z',
        ]);
        expect(figures.opens).toEqual({
          attempts: 0,
          mounted: 0,
          failed: 0,
          failures: noFailures,
          timeToMountedMs: null,
        });
        expect(figures.hours).toEqual([]);

        const refused = async (query: string, message: string) => {
          const response = await registry.call('GET', `/api/apps/pindah-datang/usage${query}`, {
            as: users.admin,
          });
          expect(response.status).toBe(400);
          expect((response.json() as { message: string }).message).toBe(message);
        };
        await refused(
          '?since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z',
          'querystring.since: must be before until (2026-01-01T00:00:00.000Z); leave it out for the 24 hours before until',
        );
        await refused(
          '?since=2023-01-01T00:00:00Z&until=2026-01-01T00:00:00Z',
          'querystring.since: must be at most 760 days before until, as long as hourly figures are kept; ask for a shorter range',
        );
        const notATime = await registry.call('GET', '/api/apps/pindah-datang/usage?since=kemarin', {
          as: users.admin,
        });
        expect(notATime.status).toBe(400);
        expect((notATime.json() as { message: string }).message).toMatch(/^querystring\.since: /);
      });

      it('holds each address to its batches a minute, counted apart from its telemetry', async () => {
        const from = '198.51.100.77';
        const post = (url: string, payload: unknown) =>
          registry.registry.app.inject({
            method: 'POST',
            url,
            remoteAddress: from,
            payload: payload as object,
          });
        const limit = telemetryDefaults.requestsPerClientPerMinute;
        const statuses: number[] = [];
        for (let sent = 0; sent <= limit; sent += 1) {
          statuses.push((await post('/api/rum', { samples: [mounted('aktivasi-ikd', 100)] })).statusCode);
        }
        expect(statuses.filter((status) => status === 202)).toHaveLength(limit);
        const tooMany = await post('/api/rum', { samples: [mounted('aktivasi-ikd', 100)] });
        expect(tooMany.statusCode).toBe(429);
        expect(Number(tooMany.headers['retry-after'])).toBeGreaterThan(0);
        expect(tooMany.json()).toEqual({
          code: 'RATE_LIMITED',
          message: expect.stringContaining(
            `Too many real-user monitoring batches from this address: at most ${limit} a minute.`,
          ) as string,
        });
        // Its telemetry has a limit of its own.
        const telemetry = await post('/api/telemetry', {
          records: [{ appId: 'aktivasi-ikd', kind: 'event', name: 'dibuka' }],
        });
        expect(telemetry.statusCode).toBe(202);
        expect((await usage('aktivasi-ikd')).opens.attempts).toBe(limit);
      });

      it('rolls up the hours that passed while the registry was down as soon as it starts', async () => {
        const db = (await createDatabase(registry.storage)).db;
        onTestFinished(() => db.destroy());
        const hour = Math.floor(Date.now() / hourMs) * hourMs - 3 * hourMs;
        await db
          .insertInto('rum_samples')
          .values({
            app_id: 'kia',
            metric: 'open',
            cause: 'network',
            value: 4000,
            received_at: new Date(hour + 60_000).toISOString(),
          })
          .execute();
        await registry.restart();
        await vi.waitFor(async () =>
          expect(
            await db.selectFrom('rum_hourly').select(['hour', 'count']).where('app_id', '=', 'kia').execute(),
          ).toEqual([{ hour: new Date(hour).toISOString(), count: 1 }]),
        );
        const figures = await usage('kia');
        expect(figures.opens).toMatchObject({ attempts: 1, failed: 1, failures: { network: 1 } });
      });

      it('counts the samples stored by metric and cause for Prometheus', async () => {
        const count = async (labels: Record<string, string>) =>
          Number(
            sampleOf(
              readMetrics((await registry.call('GET', '/metrics')).body),
              'bas_registry_rum_samples_total',
              labels,
            )?.value ?? 0,
          );
        const timeouts = await count({ metric: 'open', cause: 'timeout' });
        const inp = await count({ metric: 'INP', cause: '' });
        await send([
          failed('legalisir-dukcapil', 'timeout', 15_000),
          { appId: 'legalisir-dukcapil', metric: 'INP', value: 40 },
          // Dropped, so not counted.
          failed('siak', 'timeout', 15_000),
        ]);
        expect(await count({ metric: 'open', cause: 'timeout' })).toBe(timeouts + 1);
        expect(await count({ metric: 'INP', cause: '' })).toBe(inp + 1);
      });
    },
  );
});
