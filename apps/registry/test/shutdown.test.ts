import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCatalog } from '@bas/manifest/seed';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../src/buildRegistry.ts';
import { freePort } from '@bas/server-kit';
import { spawnTypeScript } from './support/spawnTypeScript.ts';
import { startIdentityProvider, users } from './support/startIdentityProvider.ts';

describe('stopping a server with SIGTERM', () => {
  it('lets the registry finish the publishes in flight, keeps every one it acknowledged, and exits 0', async () => {
    const idp = await startIdentityProvider();
    const dataDir = mkdtempSync(join(tmpdir(), 'bas-registry-'));
    const port = await freePort();
    const { DATABASE_URL: _shared, ...env } = process.env;
    // The registry as deployed: its own process, from src/main.ts.
    const server = spawnTypeScript(['src/main.ts'], {
      ...env,
      BAS_ENVIRONMENT: 'development',
      BAS_SEED: 'true',
      BAS_DATA_DIR: dataDir,
      OIDC_ISSUER: idp.oidc.issuer,
      REGISTRY_PORT: String(port),
      BAS_ASSET_PORT: String(await freePort()),
    });
    try {
      await server.waitFor(/BAS remote assets on/);
      const base = seedCatalog().find((entry) => entry.id === 'dokumen-kependudukan');
      const authorization = await idp.bearer(users.devDisdukcapil);
      // Fifty new apps, one version each: an app may have only so many versions waiting for approval.
      const ids = Array.from({ length: 50 }, (_, index) => `uji-henti-${index}`);
      let signalledAt = Number.POSITIVE_INFINITY;
      let firstAnswer: () => void = () => undefined;
      const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
      const answers = ids.map(async (id) => {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/apps/${id}/versions`, {
            method: 'POST',
            headers: { authorization, 'content-type': 'application/json' },
            body: JSON.stringify({ ...base, id, route: id, version: '1.0.0' }),
          });
          firstAnswer();
          return { id, status: response.status, afterSignal: Date.now() > signalledAt };
        } catch {
          return { id, status: 'no answer' as const, afterSignal: true };
        }
      });
      await answered;
      signalledAt = Date.now();
      server.child.kill('SIGTERM');
      const outcomes = await Promise.all(answers);
      const exit = await server.exited;

      expect(exit.code).toBe(0);
      expect(exit.at - signalledAt).toBeLessThan(5000);
      expect(server.output()).toContain('BAS registry: closed.');
      // Requests that arrived before the signal were answered after it: they were let finish.
      const acknowledged = outcomes.filter((outcome) => outcome.status === 201);
      expect(acknowledged.filter((outcome) => outcome.afterSignal).length).toBeGreaterThan(0);
      // Anything else is a refusal the client can retry, never a failure halfway.
      for (const outcome of outcomes) expect([201, 503, 'no answer']).toContain(outcome.status);

      const reopened = await buildRegistry({ dataDir, environment: 'development', oidc: idp.oidc });
      try {
        const admin = await idp.bearer(users.admin);
        const stored: string[] = [];
        for (const id of ids) {
          const app = await reopened.app.inject({
            method: 'GET',
            url: `/api/apps/${id}`,
            headers: { authorization: admin },
          });
          if (app.statusCode === 200) stored.push(id);
        }
        expect(stored.sort()).toEqual(acknowledged.map((outcome) => outcome.id).sort());
      } finally {
        await reopened.close();
      }
    } finally {
      server.stop();
      await idp.close();
    }
  }, 60_000);

  it('exits 1 after its time limit when a request never finishes, instead of hanging on', async () => {
    const server = spawnTypeScript([
      '--input-type=module',
      '-e',
      `import { createServer } from 'node:http';
       import { closeOnSignals, closeServer, listen } from '@bas/server-kit';
       const server = createServer(() => console.log('request received'));
       console.log('listening on', await listen(server, '127.0.0.1', 0));
       closeOnSignals(() => closeServer(server), { name: 'stuck server', timeoutMs: 500 });`,
    ]);
    try {
      const [, origin] = await server.waitFor(/listening on (\S+)/);
      void fetch(origin ?? '').catch(() => undefined);
      await server.waitFor(/request received/);
      const signalledAt = Date.now();
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      expect(exit.code).toBe(1);
      expect(exit.at - signalledAt).toBeGreaterThanOrEqual(500);
      expect(exit.at - signalledAt).toBeLessThan(3000);
      expect(server.output()).toContain('stuck server: still closing after 0.5 s');
    } finally {
      server.stop();
    }
  });
});
