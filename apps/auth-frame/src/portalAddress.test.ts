import { describe, expect, it } from 'vitest';
import { portalAddress } from './loadFrameConfig.ts';

const config = {
  auth: { url: 'http://idp.test', realm: 'bas', clientId: 'bas-shell' },
  portalOrigins: ['http://portal.test'],
};

describe('portalAddress', () => {
  it('sends the tab back to the portal only, and home when asked for anywhere else', () => {
    expect(portalAddress(config, 'http://portal.test/layanan/skm')).toBe('http://portal.test/layanan/skm');
    for (const elsewhere of ['http://evil.test/', 'http://portal.test.evil.test/', '//evil.test', null]) {
      expect(portalAddress(config, elsewhere)).toBe('http://portal.test/');
    }
  });
});
