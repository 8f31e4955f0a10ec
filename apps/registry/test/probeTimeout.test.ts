import { createServer, type Server } from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { closeServer, listen } from '@bas/server-kit';
import type { ManifestEntry } from '@bas/manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeEntry } from '../src/monitor/probeEntry.ts';
import { seedEntry } from './support/startTestRegistry.ts';

// A garbage collection while a probe waits must not take its time limit with it: with AbortSignal.timeout() inside
// AbortSignal.any(), Node 20 collected the timeout signal and the probe of an app that never answers never ended,
// so the monitor never probed that app again (CI saw it as an app left "unknown").
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

describe('a probe of an app that never answers', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer(() => undefined);
    origin = await listen(server, '127.0.0.1', 0);
  });
  afterAll(() => closeServer(server));

  it('ends at its time limit however often the garbage is collected meanwhile', async () => {
    const entry: ManifestEntry = { ...seedEntry('jdih'), kind: 'link', url: `${origin}/` } as ManifestEntry;
    const probe = probeEntry(entry, {
      timeoutMs: 300,
      slowMs: 100,
      now: () => new Date(),
      signal: new AbortController().signal,
    });
    for (let round = 0; round < 5; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      collectGarbage();
    }
    const stuck = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 5000).unref());
    expect(await Promise.race([probe, stuck])).toEqual(
      expect.objectContaining({
        status: 'down',
        problem: 'timeout',
        reason: `${origin}/ did not answer within 0.3 s, the probe's time limit.`,
      }),
    );
  });
});
