import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../src/buildRegistry.ts';
import { freePort } from '@bas/server-kit';
import { seed, startTestRegistry } from './support/startTestRegistry.ts';

describe('GET /api/health and /api/live', () => {
  it('reports every part ok, and how old the served catalog copy is', async () => {
    const registry = await startTestRegistry('sqlite');
    try {
      const before = (await registry.call('GET', '/api/health')).json();
      expect(before).toMatchObject({ status: 'ok', cache: { ageSeconds: null } });
      await registry.call('GET', '/api/manifest');
      const health = await registry.call('GET', '/api/health');
      expect(health.status).toBe(200);
      expect(health.json()).toMatchObject({
        status: 'ok',
        engine: 'sqlite',
        db: { status: 'ok', latencyMs: expect.any(Number) },
        cache: { ageSeconds: 0, readAt: expect.any(String) },
        idp: { status: 'ok' },
      });
      expect((await registry.call('GET', '/api/live')).json()).toEqual({ status: 'ok' });
    } finally {
      await registry.close();
    }
  });

  it('is degraded, not down, when the identity provider cannot be reached: the public catalog is still served', async () => {
    const issuer = `http://127.0.0.1:${await freePort()}/realms/bas`;
    const registry = await buildRegistry({
      dataDir: mkdtempSync(join(tmpdir(), 'bas-registry-')),
      environment: 'development',
      oidc: { issuer, audience: 'bas-registry' },
      seed,
    });
    try {
      const health = await registry.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      expect(health.json()).toMatchObject({
        status: 'degraded',
        db: { status: 'ok' },
        idp: { status: 'down', reason: expect.stringContaining('cannot be reached') },
      });
      expect((await registry.app.inject({ method: 'GET', url: '/api/manifest' })).statusCode).toBe(200);
    } finally {
      await registry.close();
    }
  });
});
