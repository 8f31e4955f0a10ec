import { expect } from '@playwright/test';
import { chaosRow } from './chaosRow.ts';

export interface RegistryClient {
  call(method: string, path: string, body?: unknown): Promise<Response>;
  /** Publishes a new pending version of the announcements app; resolves with it and the registry's answer. */
  publish(): Promise<{ version: string; answer: Response }>;
  /** Publishes a version and expects it accepted; resolves with the version. */
  publishVersion(): Promise<string>;
  /** What the registry holds that a write could have changed: pengumuman's versions and the whole audit log. */
  writes(): Promise<string[]>;
}

/** The registry at `registryUrl`, called directly (not through the front door) with an admin's `token`. */
export function registryClient(registryUrl: string, token: string): RegistryClient {
  let published = 0;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(new URL(path, registryUrl), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  // The version served and its entry, read once: a publish during an outage must not depend on a read.
  let served: Promise<{ major: number; entry: Record<string, unknown> }> | undefined;
  const readServed = async () => {
    const app = (await (await call('GET', '/api/apps/pengumuman')).json()) as { currentVersion: string };
    const { entry } = (await (
      await call('GET', `/api/apps/pengumuman/versions/${app.currentVersion}`)
    ).json()) as { entry: Record<string, unknown> };
    return { major: Number(app.currentVersion.split('.')[0]), entry };
  };
  const publish = async () => {
    const { major, entry } = await (served ??= readServed());
    // Above the version served: the next major, made unique by the time and a count.
    const version = `${major + 1}.${Date.now()}.${published++}`;
    const answer = await call('POST', '/api/apps/pengumuman/versions?existingApp=true', {
      ...entry,
      version,
    });
    return { version, answer };
  };
  return {
    call,
    publish,
    async publishVersion() {
      const { version, answer } = await publish();
      expect(answer.status, await answer.clone().text()).toBe(201);
      return version;
    },
    async writes() {
      const app = (await (await call('GET', '/api/apps/pengumuman')).json()) as {
        versions: Array<{ version: string }>;
      };
      const audit = (await (await call('GET', '/api/audit?limit=500')).json()) as {
        records: Array<{ id: number; action: string }>;
      };
      return [
        ...app.versions.map((version) => `version ${version.version}`),
        ...audit.records.map((record) => `audit ${record.id} ${record.action}`),
      ];
    },
  };
}

/** How many of the writes held `before` a fault are missing `after` it. */
export const lost = (before: string[], after: string[]) =>
  before.filter((write) => !after.includes(write)).length;

/**
 * Once the failed part is back: times a publish until it is accepted, checks the registry holds it, and records the
 * chaos row with the writes held `before` the fault that are missing now (expected: none).
 */
export async function writeAgainAndRecord(
  registry: RegistryClient,
  before: string[],
  row: { fault: string; seen: string },
): Promise<void> {
  const back = Date.now();
  const version = await registry.publishVersion();
  const recoveredMs = Date.now() - back;
  const after = await registry.writes();
  expect(after).toContain(`version ${version}`);
  chaosRow({ ...row, recoveredMs, writesLost: lost(before, after) });
  expect(lost(before, after)).toBe(0);
}
