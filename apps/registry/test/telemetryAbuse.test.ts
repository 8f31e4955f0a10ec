import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createNameCap, otherName } from '../src/telemetry/createNameCap.ts';
import { countedPairsPerMinute, createRecordQuota } from '../src/telemetry/createRecordQuota.ts';
import { telemetryDefaults } from '../src/telemetry/TelemetryOptions.ts';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface Counts {
  counts: Array<{ kind: string; name: string; count: number }>;
}

/** A GET, or a POST of `body` as JSON, over real HTTP. */
function send(
  agent: Agent,
  url: string,
  body?: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(url, {
      agent,
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
    });
    call.on('error', reject);
    call.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
      );
    });
    call.end(body);
  });
}

/** The attacks `POST /api/telemetry` is open to, as anyone on the internet may send it. */
describe.each(engines)('telemetry under attack on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry.close());

  /** A batch as a client at `from` sends it (each test its own addresses: the per-client limit is per address). */
  const post = (from: string, records: unknown[], headers: Record<string, string> = {}) =>
    registry.registry.app.inject({
      method: 'POST',
      url: '/api/telemetry',
      remoteAddress: from,
      headers,
      payload: { records },
    });
  const countsOf = async (appId: string) =>
    ((await registry.call('GET', `/api/apps/${appId}/telemetry`, { as: users.admin })).json() as Counts)
      .counts;
  const stored = async (appId: string) =>
    (await countsOf(appId)).reduce((sum, count) => sum + count.count, 0);

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the defences', () => {
    it('answers a flood of 10,000 batches from one address with 429 after its limit, and keeps serving', async () => {
      // Over real HTTP, 100 connections kept open at once, as a script would send them.
      const origin = await registry.registry.app.listen({ host: '127.0.0.1', port: 0 });
      const agent = new Agent({ keepAlive: true, maxSockets: 100 });
      onTestFinished(() => agent.destroy());
      const body = JSON.stringify({ records: [{ appId: 'lpse', kind: 'event', name: 'banjir' }] });
      const statuses = new Map<number, number>();
      let tooMany: { headers: IncomingHttpHeaders; body: unknown } | undefined;
      let sent = 0;
      const flooder = async () => {
        while (sent < 10_000) {
          sent += 1;
          const response = await send(agent, `${origin}/api/telemetry`, body);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 429)
            tooMany = { headers: response.headers, body: JSON.parse(response.body) };
        }
      };
      // A citizen opening the portal every 50 ms while the flood goes on.
      const manifestMs: number[] = [];
      let flooding = true;
      const citizen = async () => {
        while (flooding) {
          const asked = performance.now();
          const response = await send(agent, `${origin}/api/manifest`);
          expect(response.status).toBe(200);
          manifestMs.push(performance.now() - asked);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      const started = performance.now();
      const watching = citizen();
      await Promise.all(Array.from({ length: 100 }, flooder));
      const floodMs = performance.now() - started;
      flooding = false;
      await watching;

      const limit = telemetryDefaults.requestsPerClientPerMinute;
      const accepted = statuses.get(202) ?? 0;
      expect(accepted).toBeGreaterThan(0);
      expect(accepted).toBeLessThanOrEqual(limit);
      expect(statuses.get(429)).toBe(10_000 - accepted);
      expect(Number(tooMany?.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(tooMany?.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(tooMany?.body).toEqual({
        code: 'RATE_LIMITED',
        message: expect.stringContaining(`at most ${limit} a minute`) as string,
      });
      // Only what the limit let through was stored.
      expect(await stored('lpse')).toBe(accepted);
      expect(manifestMs.length).toBeGreaterThan(0);
      expect(Math.max(...manifestMs)).toBeLessThan(1000);
      expect(floodMs).toBeLessThan(20_000);

      // The limit is the flooder's: another address is still heard.
      expect((await post('192.0.2.11', [{ appId: 'lpse', kind: 'event', name: 'banjir' }])).statusCode).toBe(
        202,
      );
      expect(await stored('lpse')).toBe(accepted + 1);
    });

    it("caps an app's stored records a minute, however many addresses send them", async () => {
      const batch = Array.from({ length: 50 }, () => ({ appId: 'jdih', kind: 'event', name: 'dicari' }));
      const senders = Math.ceil(telemetryDefaults.recordsPerAppPerMinute / batch.length) + 10;
      const answers = await Promise.all(
        Array.from({ length: senders }, (_, index) =>
          post(`198.18.${Math.floor(index / 250)}.${(index % 250) + 1}`, batch),
        ),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(senders).fill(202));
      expect(await stored('jdih')).toBe(telemetryDefaults.recordsPerAppPerMinute);
      // Other apps keep their own quota.
      await post('203.0.113.200', [{ appId: 'ppid', kind: 'event', name: 'dibuka' }]);
      expect(await stored('ppid')).toBe(1);
    });

    it("keeps every other citizen's records of an app when one client sends far more than its share", async () => {
      const batch = Array.from({ length: 50 }, () => ({
        appId: 'lapor-jalan',
        kind: 'event',
        name: 'dilaporkan',
      }));
      // 1,250 records from one address, each batch claiming another address: X-Forwarded-For from a client that
      // is not a trusted proxy changes nothing.
      for (let sent = 0; sent < 25; sent += 1) {
        const answer = await post('198.51.100.66', batch, { 'x-forwarded-for': `100.64.0.${sent + 1}` });
        expect(answer.statusCode).toBe(202);
      }
      expect(await stored('lapor-jalan')).toBe(telemetryDefaults.recordsPerClientPerAppPerMinute);
      // Its quota is its own: 20 citizens on other addresses are all heard, as is the same address for another app.
      for (let citizen = 1; citizen <= 20; citizen += 1) {
        await post(`192.0.2.${citizen}`, [{ appId: 'lapor-jalan', kind: 'event', name: 'dilaporkan' }]);
      }
      await post('198.51.100.66', [{ appId: 'lapor-sampah', kind: 'event', name: 'dilaporkan' }]);
      expect(await stored('lapor-jalan')).toBe(telemetryDefaults.recordsPerClientPerAppPerMinute + 20);
      expect(await stored('lapor-sampah')).toBe(1);
    });

    it(`counts names past an app's ${telemetryDefaults.namesPerAppPerDay} a day as "${otherName}", so made-up names cannot grow its counts`, async () => {
      const cap = telemetryDefaults.namesPerAppPerDay;
      const names = Array.from({ length: cap + 50 }, (_, index) => `acak-${index}`);
      for (let from = 0; from < names.length; from += 50) {
        const records = names
          .slice(from, from + 50)
          .map((name) => ({ appId: 'kualitas-udara', kind: 'event', name, data: { isi: 'x' } }));
        expect((await post(`198.51.100.${from / 50 + 100}`, records)).statusCode).toBe(202);
      }
      // A name the app recorded before the cap was reached is still its own.
      await post('198.51.100.99', [{ appId: 'kualitas-udara', kind: 'event', name: 'acak-0' }]);
      const counts = await countsOf('kualitas-udara');
      expect(counts).toHaveLength(cap + 1);
      expect(counts[0]).toMatchObject({ kind: 'event', name: otherName, count: 50 });
      expect(counts.find((count) => count.name === 'acak-0')).toMatchObject({ count: 2 });
      expect(counts.some((count) => count.name === `acak-${cap}`)).toBe(false);
      expect(await stored('kualitas-udara')).toBe(names.length + 1);
    });

    it('answers the same for a public, an internal, a pending, a disabled and an unknown app', async () => {
      const pending = {
        ...seedEntry('antrean-disdukcapil'),
        id: 'layanan-rahasia',
        route: 'layanan-rahasia',
      };
      const published = await registry.call('POST', '/api/apps/layanan-rahasia/versions', {
        as: users.devDisdukcapil,
        body: { ...pending, version: '1.0.0' },
      });
      expect(published.status).toBe(201);
      const disabled = await registry.call('POST', '/api/apps/saber-pungli/disable', { as: users.admin });
      expect(disabled.status).toBe(200);

      const apps = ['agenda-walikota', 'e-office', 'layanan-rahasia', 'saber-pungli', 'tidak-pernah-ada'];
      const answers = await Promise.all(
        apps.map(async (appId, index) => {
          const response = await post(`192.0.2.${100 + index}`, [{ appId, kind: 'event', name: 'dibuka' }]);
          // The date and the request's own id differ from answer to answer whatever the app.
          const { date: _date, 'x-request-id': _id, ...headers } = response.headers;
          return { status: response.statusCode, headers, body: response.body };
        }),
      );
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      expect(answers[0]?.status).toBe(202);

      expect(await stored('agenda-walikota')).toBe(1);
      for (const hidden of apps.slice(1, 4)) expect(await stored(hidden)).toBe(0);
    });
  });
});

describe('the record quota', () => {
  const limits = { source: 'Telemetry', perClientPerApp: 2, perApp: 3 };

  it("holds each client to its share of an app, and all clients to the app's, until the minute turns", () => {
    let now = 0;
    const onFull = vi.fn();
    const quota = createRecordQuota(limits, onFull, () => now);
    const take = (client: string, appId: string, times: number) =>
      Array.from({ length: times }, () => quota.take(client, appId));
    expect(take('192.0.2.1', 'jdih', 3)).toEqual([true, true, false]);
    // Another client is heard, until the app's own quota is used up.
    expect(take('192.0.2.2', 'jdih', 2)).toEqual([true, false]);
    expect(take('192.0.2.1', 'ppid', 2)).toEqual([true, true]);
    expect(take('192.0.2.1', 'jdih', 1)).toEqual([false]);
    expect(onFull.mock.calls.map(([message]) => message)).toEqual([
      expect.stringContaining('A client reached its quota of 2 records a minute for jdih;'),
      expect.stringContaining('Telemetry of jdih reached its quota of 3 records a minute'),
    ]);
    now = 60_000;
    expect(take('192.0.2.1', 'jdih', 3)).toEqual([true, true, false]);
    expect(onFull).toHaveBeenCalledTimes(3);
  });

  it(`counts at most ${countedPairsPerMinute} clients and apps a minute, so a flood from many addresses cannot fill the memory`, () => {
    let now = 0;
    const onFull = vi.fn();
    const quota = createRecordQuota(
      { source: 'Telemetry', perClientPerApp: 2, perApp: countedPairsPerMinute * 2 },
      onFull,
      () => now,
    );
    for (let client = 0; client < countedPairsPerMinute; client += 1) {
      expect(quota.take(`client-${client}`, 'jdih')).toBe(true);
    }
    // Past that, a client not yet counted is not heard this minute; those counted still are.
    expect(quota.take('client-new', 'jdih')).toBe(false);
    expect(quota.take('client-0', 'jdih')).toBe(true);
    expect(onFull).toHaveBeenCalledWith(expect.stringContaining(`more than ${countedPairsPerMinute} client`));
    now = 60_000;
    expect(quota.take('client-new', 'jdih')).toBe(true);
  });
});

describe('the name cap', () => {
  it('keeps the first names of each app a day, counts the rest as (other) without their values, and says so once', () => {
    let now = 0;
    const onFull = vi.fn();
    const names = createNameCap(2, onFull, () => now);
    const record = (appId: string, kind: 'event' | 'error', name: string) => ({
      appId,
      kind,
      name,
      data: { a: 1 },
    });
    expect(names.cap(record('jdih', 'event', 'dibuka'))).toEqual(record('jdih', 'event', 'dibuka'));
    expect(names.cap(record('jdih', 'error', 'TypeError'))).toEqual(record('jdih', 'error', 'TypeError'));
    expect(names.cap(record('jdih', 'event', 'baru'))).toEqual({
      appId: 'jdih',
      kind: 'event',
      name: otherName,
    });
    expect(names.cap(record('jdih', 'error', 'RangeError'))).toEqual({
      appId: 'jdih',
      kind: 'error',
      name: otherName,
    });
    expect(names.cap(record('jdih', 'event', 'dibuka')).name).toBe('dibuka');
    expect(names.cap(record('ppid', 'event', 'baru')).name).toBe('baru');
    expect(onFull).toHaveBeenCalledTimes(1);
    expect(onFull).toHaveBeenCalledWith(
      expect.stringContaining('Telemetry of jdih brought more than 2 distinct names today'),
    );
    now = 24 * 3600 * 1000;
    expect(names.cap(record('jdih', 'event', 'baru')).name).toBe('baru');
  });
});
