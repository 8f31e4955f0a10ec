import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { isCompatibleSdkVersion, sdkVersion } from './sdkVersion.ts';

describe('the SDK version', () => {
  it('is the version of the package remotes install', () => {
    expect(sdkVersion).toBe(packageJson.version);
  });

  it.each([
    ['1.0.0', '1.0.0', true],
    ['1.0.9', '1.2.0', true],
    ['1.2.0', '1.2.5', true],
    ['1.3.0', '1.2.0', false],
    ['2.0.0', '1.9.0', false],
    ['0.9.0', '1.0.0', false],
    ['1', '1.0.0', false],
    ['latest', '1.0.0', false],
  ])('a remote built against %s on a shell with %s: compatible %s', (declared, provided, compatible) => {
    expect(isCompatibleSdkVersion(declared, provided)).toBe(compatible);
  });
});
