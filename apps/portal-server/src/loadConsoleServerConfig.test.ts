import { describe, expect, it } from 'vitest';
import { loadConsoleServerConfig } from './loadConsoleServerConfig.ts';

describe('loadConsoleServerConfig', () => {
  const env = {
    BAS_CONSOLE_PUBLIC_ORIGIN: 'https://pusat-kendali.kotabogor.go.id/',
    BAS_AUTH_URL: 'https://sso.kotabogor.go.id',
  };

  it('calls the registry on the console’s own public origin and sends HSTS over https', () => {
    expect(loadConsoleServerConfig(env)).toEqual({
      host: '127.0.0.1',
      port: 4130,
      https: true,
      config: {
        registryUrl: 'https://pusat-kendali.kotabogor.go.id',
        auth: { url: 'https://sso.kotabogor.go.id', realm: 'bas', clientId: 'bas-console' },
      },
    });
  });

  it('names the missing or wrong setting and what to give', () => {
    expect(() => loadConsoleServerConfig({ BAS_AUTH_URL: env.BAS_AUTH_URL })).toThrow(
      'BAS_CONSOLE_PUBLIC_ORIGIN is not set: give it, e.g. BAS_CONSOLE_PUBLIC_ORIGIN=https://pusat-kendali.kotabogor.go.id.',
    );
    expect(() => loadConsoleServerConfig({ ...env, BAS_CONSOLE_PORT: 'x' })).toThrow(
      'BAS_CONSOLE_PORT="x" is not valid: give a whole number from 1 to 65535.',
    );
  });
});
