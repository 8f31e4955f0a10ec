import type { FederatedEntry } from '@bas/manifest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { createAppHost } from './appHost.ts';
import type { FederationHost } from './createFederationHost.ts';
import type { LocalBuilds } from './localBuilds.ts';

// The runtime's side, recorded: which apps it was told of, and which it loaded.
const federation = vi.hoisted(() => ({ registered: [] as string[], loaded: [] as string[] }));
vi.mock('./createFederationHost.ts', () => ({
  createFederationHost: (): FederationHost => ({
    register: (entry) => void federation.registered.push(entry.id),
    load: async (entry) => {
      federation.loaded.push(entry.id);
      return { mount: () => () => undefined };
    },
  }),
}));

const noBuilds: LocalBuilds = { origins: () => [], of: () => undefined, merge: async (entries) => entries };
const app = (id: string): FederatedEntry => ({ ...pengumumanEntry, id, route: id });

afterEach(() => {
  federation.registered.length = 0;
  federation.loaded.length = 0;
});

describe('createAppHost', () => {
  it('tells the federation runtime of each app as it is opened, not of the catalog at start', async () => {
    const apps = createAppHost(noBuilds);
    apps.configure({ timeoutMs: 8000, remoteOrigins: ['http://127.0.0.1:4101'], nonce: '' });
    await apps.open(app('antrean-ktp'), document.createElement('div'), {} as never);
    await apps.open(app('pengumuman'), document.createElement('div'), {} as never);
    expect(federation.registered).toEqual(['antrean-ktp', 'pengumuman']);
    expect(federation.loaded).toEqual(['antrean-ktp', 'pengumuman']);
  });
});
