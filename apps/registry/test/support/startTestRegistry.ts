import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { buildRegistry, type Registry, type RegistryOptions } from '../../src/buildRegistry.ts';
import { startIdentityProvider, type TestUser } from './startIdentityProvider.ts';
import { freshStorage, type EngineName } from './storageEngines.ts';

export const seed = seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });

export function seedEntry(id: string): ManifestEntry {
  const entry = seed.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no seed entry ${id}`);
  return structuredClone(entry);
}

/**
 * A registry on real storage of the given engine, seeded (with `entries`, the seed catalog unless given), with an
 * identity provider to sign tokens; `assets` in place of the uploads' folder under the data directory.
 */
export async function startTestRegistry(
  engine: EngineName,
  assets?: RegistryOptions['storage'],
  entries: readonly ManifestEntry[] = seed,
) {
  const idp = await startIdentityProvider();
  const storage = await freshStorage(engine);
  const options = {
    ...storage,
    environment: 'development' as const,
    oidc: idp.oidc,
    seed: entries,
    ...(assets === undefined ? {} : { storage: assets }),
  };
  let registry: Registry = await buildRegistry(options);

  async function call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    options: { as?: TestUser; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as !== undefined) headers.authorization = await idp.bearer(options.as);
    const response = await registry.app.inject({
      method,
      url,
      headers,
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.body,
      json: () => response.json() as unknown,
    };
  }

  return {
    idp,
    call,
    storage,
    get registry() {
      return registry;
    },
    /** Stops the service and starts it again on the same storage, without seeding. */
    async restart() {
      await registry.close();
      registry = await buildRegistry({ ...options, seed: undefined });
    },
    async close() {
      await registry.close();
      await idp.close();
    },
  };
}

export type TestRegistry = Awaited<ReturnType<typeof startTestRegistry>>;

export function idsIn(body: unknown): string[] {
  return (body as { entries: Array<{ id: string }> }).entries.map((entry) => entry.id);
}
