import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histogramCount, readMetrics, sampleOf } from './support/readMetrics.ts';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';

describe("the registry's metrics", () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startTestRegistry('sqlite');
  });
  afterAll(() => registry.close());

  it('counts requests by route pattern and status, and tells how old the manifest copy is, for Prometheus', async () => {
    const before = await registry.call('GET', '/metrics');
    expect(before.status).toBe(200);
    expect(before.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    // No catalog read yet: no age to tell.
    expect(sampleOf(readMetrics(before.body), 'bas_registry_manifest_age_seconds')?.value).toBe('Nan');

    await registry.call('GET', '/api/manifest');
    await registry.call('GET', '/api/manifest');
    await registry.call('GET', '/api/apps/ppid/health');
    await registry.call('GET', '/api/apps/jdih/health');
    await registry.call('GET', '/tidak-ada');
    const { body } = await registry.call('GET', '/metrics');
    const metrics = readMetrics(body);
    const requests = 'bas_registry_http_request_duration_seconds';
    expect(metrics.get(requests)?.type).toBe('HISTOGRAM');
    const count = (labels: Record<string, string>) => histogramCount(body, requests, labels);
    expect(count({ method: 'GET', route: '/api/manifest', status: '200' })).toBe(2);
    // By the route's pattern, so app ids do not make a series each.
    expect(count({ method: 'GET', route: '/api/apps/:id/health', status: '401' })).toBe(2);
    expect(count({ method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    const age = Number(sampleOf(metrics, 'bas_registry_manifest_age_seconds')?.value);
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(5);
  });

  it("tells the approval queue's length, which grows with each version published and shrinks with each decision", async () => {
    const queue = async () =>
      Number(
        sampleOf(readMetrics((await registry.call('GET', '/metrics')).body), 'bas_registry_pending_versions')
          ?.value,
      );
    const before = await queue();
    const published = await registry.call('POST', '/api/apps/antrean-disdukcapil/versions?existingApp=true', {
      as: users.devDisdukcapil,
      body: { ...seedEntry('antrean-disdukcapil'), version: '90.0.0' },
    });
    expect(published.status, published.body).toBe(201);
    expect(await queue()).toBe(before + 1);
    const rejected = await registry.call('DELETE', '/api/apps/antrean-disdukcapil/versions/90.0.0', {
      as: users.admin,
    });
    expect(rejected.status, rejected.body).toBe(200);
    expect(await queue()).toBe(before);
  });

  it("gives every answer the id its log lines carry: the proxy's when it sent a plain one, a new one otherwise", async () => {
    const given = await registry.call('GET', '/api/live', { headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(given.headers['x-request-id']).toBe('lb-7f3a.42');
    const forged = await registry.call('GET', '/api/live', {
      headers: { 'x-request-id': 'x\n{"level":60}' },
    });
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const none = await registry.call('GET', '/api/live');
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.headers['x-request-id']).not.toBe(forged.headers['x-request-id']);
  });
});
