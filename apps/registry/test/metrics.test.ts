import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histogramCount, readMetrics, sampleOf } from './support/readMetrics.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';

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
});
