import { describe, expect, it } from 'vitest';
import { loadRegistryConfig } from '../src/loadRegistryConfig.ts';

describe('the settings from the environment', () => {
  it('believes X-Forwarded-For only from the load balancers BAS_TRUST_PROXY lists by address or range', () => {
    expect(loadRegistryConfig({}).trustProxy).toBeUndefined();
    expect(loadRegistryConfig({ BAS_TRUST_PROXY: '' }).trustProxy).toBeUndefined();
    expect(
      loadRegistryConfig({ BAS_TRUST_PROXY: ' 10.0.0.5, 10.1.0.0/16,fd00::/8 , ::1,192.0.2.7/32' })
        .trustProxy,
    ).toEqual(['10.0.0.5', '10.1.0.0/16', 'fd00::/8', '::1', '192.0.2.7/32']);
  });

  it.each([
    ['true', '"true" is not an IP address or a CIDR range'],
    ['*', '"*" is not an IP address or a CIDR range'],
    ['1', '"1" is not an IP address or a CIDR range'],
    ['2', '"2" is not an IP address or a CIDR range'],
    ['loopback', '"loopback" is not an IP address or a CIDR range'],
    ['0.0.0.0/0', '"0.0.0.0/0" covers every address'],
    ['::/0', '"::/0" covers every address'],
    ['10.0.0.0/33', '"10.0.0.0/33" has no prefix length of 0 to 32 after the "/"'],
    ['10.0.0.0/255.0.0.0', '"10.0.0.0/255.0.0.0" has no prefix length of 0 to 32 after the "/"'],
    ['10.0.0.1,lb.internal', '"lb.internal" is not an IP address or a CIDR range'],
  ])('refuses BAS_TRUST_PROXY=%s at start, saying what to write instead', (value, problem) => {
    expect(() => loadRegistryConfig({ BAS_TRUST_PROXY: value })).toThrow(
      `BAS_TRUST_PROXY="${value}" is not accepted: ${problem}. List the load balancers' IP addresses or CIDR ranges, comma-separated (BAS_TRUST_PROXY=10.0.0.5,10.1.0.0/16), or leave it unset when clients reach the registry directly; a hop count, "true" or "*" is not taken, as it would believe any client's X-Forwarded-For.`,
    );
  });

  it("reads telemetry's limits and retentions from BAS_TELEMETRY_*", () => {
    expect(
      loadRegistryConfig({
        BAS_TELEMETRY_RETENTION_DAYS: '14',
        BAS_TELEMETRY_HOURLY_RETENTION_DAYS: '800',
        BAS_TELEMETRY_REQUESTS_PER_CLIENT: '60',
        BAS_TELEMETRY_RECORDS_PER_CLIENT_PER_APP: '100',
        BAS_TELEMETRY_RECORDS_PER_APP: '2000',
        BAS_TELEMETRY_NAMES_PER_APP: '50',
      }).telemetry,
    ).toEqual({
      retentionDays: 14,
      hourlyRetentionDays: 800,
      requestsPerClientPerMinute: 60,
      recordsPerClientPerAppPerMinute: 100,
      recordsPerAppPerMinute: 2000,
      namesPerAppPerDay: 50,
    });
  });

  it("reads real-user monitoring's retentions and roll-up interval from BAS_RUM_*", () => {
    expect(
      loadRegistryConfig({
        BAS_RUM_RETENTION_DAYS: '7',
        BAS_RUM_HOURLY_RETENTION_DAYS: '800',
        BAS_RUM_ROLLUP_MINUTES: '15',
      }).rum,
    ).toEqual({ retentionDays: 7, hourlyRetentionDays: 800, rollUpMinutes: 15 });
    expect(loadRegistryConfig({}).rum).toEqual({
      retentionDays: undefined,
      hourlyRetentionDays: undefined,
      rollUpMinutes: undefined,
    });
  });
});
