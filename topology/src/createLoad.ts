import { setTimeout as sleep } from 'node:timers/promises';
import type { ManifestEntry } from '@bas/manifest';

/** One request of the steady load, as the load balancer answered it. */
export interface Sample {
  at: number;
  path: string;
  /** The HTTP status, or 0 when no answer came. */
  status: number;
  ok: boolean;
}

export interface LoadOptions {
  /** The load balancer's address. */
  url: string;
  /** Readers at once; each sends about 20 requests a second (the load is bounded, loopback only). */
  readers: number;
  /** Publishes a version of `entry` and has it approved, one after another, for as long as the load runs. */
  entry: ManifestEntry;
  developerToken: () => Promise<string>;
  adminToken: () => Promise<string>;
}

export interface Load {
  samples: Sample[];
  /** Versions whose publication the registry accepted (201, or 409 for a retry of one it had already kept). */
  accepted: string[];
  /** Tries to publish that failed and were tried again (a replica or the database was away). */
  retried: number;
  stop(): Promise<void>;
}

const timeout = () => AbortSignal.timeout(10_000);

/**
 * The steady load while parts fail: people reading the catalog and opening the portal through the load balancer,
 * and an agency publishing version after version that an admin approves. A failed publish is tried again with the
 * same version, as the agency's CI does, until the registry answers.
 */
export function startLoad(options: LoadOptions): Load {
  const load: Load = { samples: [], accepted: [], retried: 0, stop: async () => {} };
  let running = true;
  const read = async (path: string) => {
    const status = await fetch(`${options.url}${path}`, { signal: timeout() }).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    load.samples.push({ at: Date.now(), path, status, ok: status >= 200 && status < 300 });
  };
  const reader = async (index: number) => {
    for (let n = 0; running; n++) {
      await read((n + index) % 2 === 0 ? '/api/manifest' : '/');
      await sleep(50);
    }
  };
  // A token that cannot be had (Keycloak away) fails the try like an unanswered request.
  const send = async (path: string, token: () => Promise<string>, body: object) =>
    token()
      .then((bearer) =>
        fetch(`${options.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: timeout(),
        }),
      )
      .then(
        async (response) => ({
          status: response.status,
          code: ((await response.json().catch(() => ({}))) as { code?: string }).code,
        }),
        () => ({ status: 0, code: undefined }),
      );
  const publisher = async () => {
    const run = Date.now() % 100_000;
    for (let n = 0; running; n++) {
      const version = `60.${run}.${n}`;
      const id = options.entry.id;
      // Published until the registry answers: kept (201), or kept by an earlier try whose answer was lost (409).
      for (;;) {
        const answer = await send(`/api/apps/${id}/versions?existingApp=true`, options.developerToken, {
          ...options.entry,
          version,
        });
        if (answer.status === 201 || answer.code === 'VERSION_EXISTS') {
          load.accepted.push(version);
          break;
        }
        load.retried++;
        await sleep(300);
      }
      // Approved so the pending queue never fills; a failed approval is tried again the same way.
      for (;;) {
        const answer = await send(`/api/apps/${id}/versions/${version}/approve`, options.adminToken, {
          reason: 'uji topologi',
        });
        if (answer.status === 200 || answer.code === 'INVALID_STATE') break;
        await sleep(300);
      }
      await sleep(150);
    }
  };
  const workers = [...Array.from({ length: options.readers }, (_, index) => reader(index)), publisher()];
  load.stop = async () => {
    running = false;
    await Promise.all(workers);
  };
  return load;
}
