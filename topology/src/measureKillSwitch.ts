import { setTimeout as sleep } from 'node:timers/promises';

export interface KillSwitchOptions {
  /** The load balancer, where the admin's switch goes (to whichever replica it picks). */
  url: string;
  /** Each registry replica's own address: every one must stop serving the app. */
  replicas: string[];
  appId: string;
  adminToken: () => Promise<string>;
}

const serves = async (replica: string, appId: string) => {
  const response = await fetch(`${replica}/api/manifest`, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json()) as { entries: Array<{ id: string }> };
  return body.entries.some((entry) => entry.id === appId);
};

/**
 * One kill switch and its undo: the admin disables the app through the load balancer, and each replica is asked
 * every 10 ms until its manifest leaves the app out (then in again). Returns each replica's delay in milliseconds,
 * from the admin's answer; a replica still serving the old catalog after 10 s counts as 10 s.
 */
export async function measureKillSwitch(options: KillSwitchOptions): Promise<number[]> {
  const delays: number[] = [];
  for (const [action, shown] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    const response = await fetch(`${options.url}/api/apps/${options.appId}/${action}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await options.adminToken()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ reason: 'uji sakelar' }),
    });
    if (!response.ok)
      throw new Error(
        `The ${action} of ${options.appId} answered ${response.status}: ${await response.text()}`,
      );
    const switched = Date.now();
    await Promise.all(
      options.replicas.map(async (replica) => {
        while (Date.now() - switched < 10_000) {
          if ((await serves(replica, options.appId).catch(() => !shown)) === shown) break;
          await sleep(10);
        }
        delays.push(Math.min(Date.now() - switched, 10_000));
      }),
    );
  }
  return delays;
}
