import { describe, expect, it } from 'vitest';
import {
  overrideCookieOf,
  overrideOrigins,
  parseOverride,
  readOverrides,
  writeOverrides,
} from './developerOverrides.ts';

describe('developer overrides', () => {
  it('take an app id and a build served on this machine, as a folder', () => {
    expect(parseOverride('layanan-saya@http://127.0.0.1:4300/')).toEqual([
      'layanan-saya',
      'http://127.0.0.1:4300/',
    ]);
    expect(parseOverride('layanan-saya@http://localhost:4300/app/mf-manifest.json')).toEqual([
      'layanan-saya',
      'http://localhost:4300/app/',
    ]);
    expect(parseOverride('layanan-saya@http://127.0.0.1:4300')).toEqual([
      'layanan-saya',
      'http://127.0.0.1:4300/',
    ]);
  });

  it('never point an app at code from the network, or at something that is not an app id', () => {
    for (const text of [
      'layanan-saya@https://evil.example/',
      'layanan-saya@http://127.0.0.1.evil.example/',
      'layanan-saya@http://user@127.0.0.1:4300/',
      'layanan-saya@javascript:alert(1)',
      'Layanan@http://127.0.0.1:4300/',
      'layanan-saya',
      '@http://127.0.0.1:4300/',
    ])
      expect(parseOverride(text), text).toBeUndefined();
  });

  it('round-trip through the cookie, dropping what is not valid', () => {
    const value = writeOverrides({ 'layanan-saya': 'http://127.0.0.1:4300/', skm: 'http://localhost:4301/' });
    expect(readOverrides(value)).toEqual({
      'layanan-saya': 'http://127.0.0.1:4300/',
      skm: 'http://localhost:4301/',
    });
    expect(
      readOverrides(encodeURIComponent('skm@https://evil.example/ layanan-saya@http://127.0.0.1:1/')),
    ).toEqual({
      'layanan-saya': 'http://127.0.0.1:1/',
    });
    expect(overrideCookieOf(`a=1; bas-remote-override=${value}; b=2`, false)).toBe(value);
    // On https only the host-bound cookie counts: a sibling host cannot set that one.
    expect(overrideCookieOf(`bas-remote-override=${value}`, true)).toBeUndefined();
    expect(overrideCookieOf(`__Host-bas-remote-override=${value}`, true)).toBe(value);
    // Any page script can write the cookie: a value that does not even decode holds no override.
    expect(readOverrides('%')).toEqual({});
    expect(readOverrides('%E0%A4%A')).toEqual({});
    expect(overrideOrigins(readOverrides(value))).toEqual(['http://127.0.0.1:4300', 'http://localhost:4301']);
  });
});
