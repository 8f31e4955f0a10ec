import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/catalog/Actor.ts';
import { createCatalogRepository } from '../src/catalog/createCatalogRepository.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { spawnTypeScript } from './support/spawnTypeScript.ts';
import { startProbedApps } from './support/startProbedApps.ts';
import { seedEntry } from './support/startTestRegistry.ts';
import { engines, freshStorage, postgresAvailable } from './support/storageEngines.ts';

const interval = 300;

/** A self-signed certificate for 127.0.0.1 that expires in a week, and its key, made with openssl. */
function certificateForAWeek() {
  const dir = mkdtempSync(join(tmpdir(), 'bas-monitor-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '7',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert), certFile: cert };
}

describe.each(engines)('the monitor as a process of its own, on %s', (engine) => {
  const skip = engine === 'postgres' && !postgresAvailable();
  let apps: Awaited<ReturnType<typeof startProbedApps>>;
  let secured: ReturnType<typeof createServer>;
  let certFile: string;
  let storage: Awaited<ReturnType<typeof freshStorage>>;

  beforeAll(async () => {
    if (skip) return;
    apps = await startProbedApps();
    const tls = certificateForAWeek();
    certFile = tls.certFile;
    secured = createServer({ key: tls.key, cert: tls.cert }, (_request, response) =>
      response.end('<h1>JDIH</h1>'),
    );
    await new Promise<void>((resolve) => secured.listen(0, '127.0.0.1', resolve));
    const jdih = seedEntry('jdih');
    if (jdih.kind === 'federated') throw new Error('jdih is a link in the seed catalog');
    jdih.url = `https://127.0.0.1:${(secured.address() as AddressInfo).port}/`;
    storage = await freshStorage(engine);
    const { db } = await createDatabase(storage);
    await createCatalogRepository(db).seed([apps.servedFrom('agenda-walikota', 'remote'), jdih], systemActor);
    await db.destroy();
  });
  afterAll(async () => {
    secured?.close();
    await apps?.close();
  });

  const start = () => {
    const { DATABASE_URL: _shared, ...env } = process.env;
    return spawnTypeScript(['src/monitorMain.ts'], {
      ...env,
      BAS_DATA_DIR: storage.dataDir,
      ...(storage.databaseUrl === undefined ? {} : { DATABASE_URL: storage.databaseUrl }),
      BAS_PROBE_INTERVAL_MS: String(interval),
      BAS_MONITOR_PORT: '0',
      // The test's certificate authority, as a city's private one is given to Node.
      NODE_EXTRA_CA_CERTS: certFile,
    });
  };

  it.skipIf(skip)(
    'takes over within about two intervals when the monitor that probes is killed, and stops cleanly on SIGTERM',
    async () => {
      const first = start();
      let second: ReturnType<typeof start> | undefined;
      try {
        await first.waitFor(/took the lock/);
        // A certificate that expires in a week: the app answers, and its agency is told to renew.
        await first.waitFor(
          /jdih is degraded since \S+: The TLS certificate of 127\.0\.0\.1:\d+ expires in 6 days/,
        );
        await first.waitFor(/agenda-walikota is up/);
        second = start();
        await second.waitFor(/waiting: another monitor probes/);
        const [, metricsUrl = ''] = await second.waitFor(/metrics on (\S+)/);
        const metrics = async () => {
          const text = await (await fetch(metricsUrl)).text();
          return {
            holdsLock: /^bas_monitor_lock_held 1$/m.test(text),
            probed: /^bas_monitor_probes_total\{app="agenda-walikota",status="up"\} [1-9]/m.test(text),
          };
        };
        expect(await metrics()).toEqual({ holdsLock: false, probed: false });

        const killedAt = Date.now();
        first.child.kill('SIGKILL');
        await second.waitFor(/took the lock/, 10_000);
        // SQLite's lease runs two intervals; PostgreSQL lets go of the lock with the killed session.
        expect(Date.now() - killedAt).toBeLessThan(3 * interval + 1000);
        await expect.poll(metrics, { timeout: 5000 }).toEqual({ holdsLock: true, probed: true });

        const signalledAt = Date.now();
        second.child.kill('SIGTERM');
        const exit = await second.exited;
        expect(exit.code).toBe(0);
        expect(exit.at - signalledAt).toBeLessThan(5000);
        expect(second.output()).toContain('BAS monitor: closed.');
      } finally {
        first.stop();
        second?.stop();
      }
    },
    60_000,
  );
});
