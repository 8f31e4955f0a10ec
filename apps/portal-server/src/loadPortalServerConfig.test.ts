import { describe, expect, it } from 'vitest';
import { loadPortalServerConfig } from './loadPortalServerConfig.ts';

describe('loadPortalServerConfig', () => {
  it('reads the registry and the identity provider from the environment', () => {
    expect(
      loadPortalServerConfig({
        BAS_REGISTRY_URL: 'http://registry:4200/',
        BAS_AUTH_URL: 'https://sso.kotabogor.go.id/',
        BAS_PORT: '8080',
        BAS_HOST: '0.0.0.0',
        BAS_AUTH_FRAME_ORIGIN: 'https://auth.kotabogor.go.id',
        BAS_PUBLIC_ORIGIN: 'https://bas.kotabogor.go.id',
        BAS_PORTAL_CLIENT_SECRET: 's3cret',
        BAS_ASSET_ORIGIN: 'https://aset.kotabogor.go.id',
        BAS_REMOTE_ORIGINS: 'https://apps.dinkes.kotabogor.go.id, https://layanan.dpmptsp.kotabogor.go.id',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 8080,
      registryUrl: 'http://registry:4200',
      https: true,
      shellConfig: {
        manifestUrl: '/api/manifest',
        remoteTimeoutMs: 8000,
        remoteOrigins: [
          'https://aset.kotabogor.go.id',
          'https://apps.dinkes.kotabogor.go.id',
          'https://layanan.dpmptsp.kotabogor.go.id',
        ],
        rumSampleRate: 0.1,
        auth: { frameOrigin: 'https://auth.kotabogor.go.id' },
      },
      authOrigin: {
        port: 8090,
        origin: 'https://auth.kotabogor.go.id',
        portalOrigin: 'https://bas.kotabogor.go.id',
        idp: { url: 'https://sso.kotabogor.go.id', realm: 'bas', clientId: 'bas-shell' },
        exchangeClient: { clientId: 'bas-portal', clientSecret: 's3cret' },
      },
    });
  });

  it('refuses to start without a registry, or with a setting it cannot use, saying what to set', () => {
    expect(() => loadPortalServerConfig({})).toThrow(
      'BAS_REGISTRY_URL is not set: give it, e.g. BAS_REGISTRY_URL=http://registry:4200.',
    );
    expect(() => loadPortalServerConfig({ BAS_REGISTRY_URL: 'registry:4200' })).toThrow(
      'BAS_REGISTRY_URL="registry:4200" is not an http(s) URL',
    );
    expect(() => loadPortalServerConfig({ BAS_REGISTRY_URL: 'http://r', NODE_ENV: 'production' })).toThrow(
      'NODE_ENV=production needs BAS_AUTH_URL',
    );
    expect(() =>
      loadPortalServerConfig({ BAS_REGISTRY_URL: 'http://r', BAS_AUTH_URL: 'https://sso' }),
    ).toThrow('BAS_PORTAL_CLIENT_SECRET is not set');
    expect(() => loadPortalServerConfig({ BAS_REGISTRY_URL: 'http://r', BAS_PORT: 'delapan' })).toThrow(
      'BAS_PORT="delapan" is not valid: give a whole number from 1 to 65535.',
    );
    expect(() =>
      loadPortalServerConfig({
        BAS_REGISTRY_URL: 'http://r',
        BAS_REMOTE_ORIGINS: 'https://apps.dinkes.go.id/x/',
      }),
    ).toThrow('BAS_REMOTE_ORIGINS lists "https://apps.dinkes.go.id/x/", which is not an origin');
  });

  it('takes the share of page views that report real-user monitoring, and refuses one outside 0 to 1', () => {
    const rate = (value: string) =>
      loadPortalServerConfig({ BAS_REGISTRY_URL: 'http://r', BAS_RUM_SAMPLE_RATE: value }).shellConfig
        .rumSampleRate;
    expect(rate('1')).toBe(1);
    expect(rate('0')).toBe(0);
    expect(rate('0.25')).toBe(0.25);
    for (const value of ['1.5', '-0.1', 'semua', '10%', '']) {
      expect(() => rate(value), value).toThrow(
        `BAS_RUM_SAMPLE_RATE="${value}" is not valid: give a share of page views from 0 to 1`,
      );
    }
  });
});
