import { describe, expect, it } from 'vitest';
import { formatFigures, verdicts } from './formatFigures.ts';
import type { TopologyFigures } from './runTopology.ts';

const healthy: TopologyFigures = {
  parts: 'nginx, 3 registry replicas',
  rows: [
    { event: 'registry replica killed (SIGKILL)', requests: 140, failed: 0, servedAgainSeconds: 0 },
    {
      event: 'killed replica started again',
      requests: 150,
      failed: 2,
      servedAgainSeconds: 0.4,
      backSeconds: 0.9,
    },
  ],
  publishesAccepted: 200,
  publishesLost: 0,
  publishRetries: 3,
  killSwitchMs: { p50: 180, p99: 450, max: 460, samples: 94 },
  signedOut: { sessions: 40, lost: 0, event: 'Keycloak node killed (SIGKILL), the other serves' },
  throughput: [{ name: 'token refresh', concurrency: 4, perSecond: 95, p95Ms: 61, failed: 0 }],
};

describe('the topology run’s verdicts', () => {
  it('pass a run that kept every publish, switched within a second and signed nobody out', () => {
    expect(verdicts(healthy)).toEqual([]);
  });

  it('fail on a lost publish, a slow kill switch and people signed out, each in words', () => {
    const problems = verdicts({
      ...healthy,
      publishesLost: 2,
      killSwitchMs: { ...healthy.killSwitchMs, p99: 1200 },
      signedOut: { ...healthy.signedOut, lost: 5 },
    });
    expect(problems).toEqual([
      '2 publishes the registry accepted are missing from the database.',
      'A kill switch took 1200 ms at p99 to reach every replica (at most 1000).',
      '5 signed-in people were signed out by: Keycloak node killed (SIGKILL), the other serves.',
    ]);
  });
});

describe('the figures table', () => {
  it('shows each phase with its failures and times, and the summary figures', () => {
    const table = formatFigures(healthy);
    expect(table).toContain('| killed replica started again | 150 | 2 | 0.4 s | 0.9 s |');
    expect(table).toContain('| registry replica killed (SIGKILL) | 140 | 0 | 0.0 s |  |');
    expect(table).toContain('| publishes lost (must be 0) | 0 |');
    expect(table).toContain('| token refresh | 4 | 95 | 61 ms | 0 |');
    expect(table).toContain('| kill switch on every replica, p99 (≤ 1000 ms) | 450 ms |');
    expect(table).toContain(
      '| signed-in people signed out (Keycloak node killed (SIGKILL), the other serves) | 0 of 40 |',
    );
  });
});
