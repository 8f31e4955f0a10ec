import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createAppQuota } from '../src/telemetry/createAppQuota.ts';
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
  const post = (from: string, records: unknown[]) =>
    registry.registry.app.inject({
      method: 'POST',
      url: '/api/telemetry',
      remoteAddress: from,
      payload: { records },
    });
  const stored = async (appId: string) =>
    (
      (await registry.call('GET', `/api/apps/${appId}/telemetry`, { as: users.admin })).json() as Counts
    ).counts.reduce((sum, count) => sum + count.count, 0);

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
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, index) => post(`203.0.113.${index + 1}`, batch)),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(40).fill(202));
      expect(await stored('jdih')).toBe(telemetryDefaults.recordsPerAppPerMinute);
      // Other apps keep their own quota.
      await post('203.0.113.200', [{ appId: 'ppid', kind: 'event', name: 'dibuka' }]);
      expect(await stored('ppid')).toBe(1);
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
          const { date: _date, ...headers } = response.headers;
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

describe("an app's quota", () => {
  it('lets the app record again the next minute, and says it ran out once a minute', () => {
    let now = 0;
    const onFull = vi.fn();
    const quota = createAppQuota(2, onFull, () => now);
    expect([quota.take('jdih'), quota.take('jdih'), quota.take('jdih'), quota.take('jdih')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(quota.take('ppid')).toBe(true);
    expect(onFull).toHaveBeenCalledTimes(1);
    expect(onFull).toHaveBeenCalledWith('jdih');
    now += 60_000;
    expect(quota.take('jdih')).toBe(true);
  });
});
