import type { RequestListener } from 'node:http';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ProbeStatus } from '../db/schema.ts';

/**
 * The monitor's own metrics, in a registry of its own (not prom-client's global one, so a monitor run in-process
 * beside the registry, or two in one test, count apart), and the listener that serves them at `GET /metrics` in
 * Prometheus's text format.
 */
export function createMonitorMetrics() {
  const registry = new Registry();
  const probes = new Counter({
    name: 'bas_monitor_probes_total',
    help: 'Probes of each app by their result: up, degraded (slow, or its certificate expires soon) or down.',
    labelNames: ['app', 'status'],
    registers: [registry],
  });
  const probeDuration = new Histogram({
    name: 'bas_monitor_probe_duration_seconds',
    help: 'How long a probe took, by the kind of app, failed probes included.',
    labelNames: ['kind'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers: [registry],
  });
  const cycleDuration = new Gauge({
    name: 'bas_monitor_cycle_duration_seconds',
    help: "How long the last round of probes took, from its start to the last app's result; each app's probe is spread over the interval, so a round close to or above the interval means more apps than the probes in flight can keep up with.",
    registers: [registry],
  });
  const lockHeld = new Gauge({
    name: 'bas_monitor_lock_held',
    help: '1 while this monitor holds the lock and probes, 0 while it waits to take over from another.',
    registers: [registry],
  });
  const serve: RequestListener = (request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('GET /metrics\n');
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  };
  return {
    serve,
    probed(app: string, kind: string, status: ProbeStatus, seconds: number) {
      probes.inc({ app, status });
      probeDuration.observe({ kind }, seconds);
    },
    cycled(seconds: number) {
      cycleDuration.set(seconds);
    },
    holdsLock(held: boolean) {
      lockHeld.set(held ? 1 : 0);
    },
  };
}

export type MonitorMetrics = ReturnType<typeof createMonitorMetrics>;
