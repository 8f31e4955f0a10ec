import { describe, expect, it } from 'vitest';
import { pagePolicy } from './securityHeaders.ts';

const config = {
  manifestUrl: '/api/manifest',
  remoteTimeoutMs: 1500,
  remoteOrigins: ['http://aset.test'],
  auth: { frameOrigin: 'http://auth.test' },
};
const directive = (policy: Record<string, string>, name: string) =>
  policy['content-security-policy']?.split('; ').find((part) => part.startsWith(`${name} `));

describe('pagePolicy', () => {
  it("shows OpenStreetMap's tiles, for the complaint map, as images and nothing else", () => {
    const policy = pagePolicy(config, { connect: ['https://api.disdukcapil.test'], frame: [] }, 'nonce');
    expect(directive(policy, 'img-src')).toBe(
      "img-src 'self' data: blob: http://aset.test https://api.disdukcapil.test https://tile.openstreetmap.org",
    );
    for (const name of ['default-src', 'script-src', 'style-src', 'connect-src', 'frame-src', 'font-src']) {
      expect(directive(policy, name), name).not.toContain('openstreetmap');
    }
  });
});
