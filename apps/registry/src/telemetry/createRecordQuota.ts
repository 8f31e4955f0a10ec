const minuteMs = 60_000;

/**
 * Client-and-app pairs counted within one minute, at most: a few MB of memory however many addresses a flood comes
 * from, and far more pairs than the portal's citizens make in a minute. Past it, records of pairs not yet counted
 * are dropped until the minute turns, since they could not be held to their quota.
 */
export const countedPairsPerMinute = 50_000;

export interface RecordQuotaLimits {
  /** What the records are, as the log's messages begin: `Telemetry`. */
  source: string;
  /** Records one client may add to one app a minute. */
  perClientPerApp: number;
  /** Records all clients together may add to one app a minute. */
  perApp: number;
}

export interface RecordQuota {
  /** Whether one more record of the app from the client may be stored this minute; counts it when it may. */
  take(client: string, appId: string): boolean;
}

/**
 * The share of stored records (telemetry, real-user samples) each client (its address, as the rate limit knows it) has of each app a minute, and
 * the share of all clients together: one client cannot use up an app's share and drop every other citizen's
 * records, and many clients together cannot make the database take more than the app's share. Counted in this
 * process's memory by the clock's minute, forgotten when it turns; with several registry replicas each allows its
 * own quota, a bound all the same. `onFull` is told when a quota runs out, once a minute for each app and quota.
 */
export function createRecordQuota(
  limits: RecordQuotaLimits,
  onFull: (message: string) => void,
  now: () => number = Date.now,
): RecordQuota {
  let minute = Number.NaN;
  const byApp = new Map<string, number>();
  const byClient = new Map<string, number>();
  const told = new Set<string>();
  const tell = (what: string, message: () => string) => {
    if (told.has(what)) return;
    told.add(what);
    onFull(message());
  };
  return {
    take(client, appId) {
      const current = Math.floor(now() / minuteMs);
      if (current !== minute) {
        minute = current;
        byApp.clear();
        byClient.clear();
        told.clear();
      }
      const app = byApp.get(appId) ?? 0;
      if (app >= limits.perApp) {
        tell(
          `app ${appId}`,
          () =>
            `${limits.source} of ${appId} reached its quota of ${limits.perApp} records a minute from all clients together; the rest of this minute's are dropped. If the app's real use needs more, raise BAS_TELEMETRY_RECORDS_PER_APP.`,
        );
        return false;
      }
      // Numbers only: an address is personal data, and a flood from many would flood the log too.
      const pair = `${appId} ${client}`;
      const used = byClient.get(pair);
      if (used === undefined && byClient.size >= countedPairsPerMinute) {
        tell(
          'pairs',
          () =>
            `${limits.source} came from more than ${countedPairsPerMinute} client addresses and apps this minute, the most counted at once; records of further ones are dropped until the minute turns. This is a flood from many addresses: block it at the load balancer.`,
        );
        return false;
      }
      if (used !== undefined && used >= limits.perClientPerApp) {
        tell(
          `client ${appId}`,
          () =>
            `A client reached its quota of ${limits.perClientPerApp} records a minute for ${appId}; the rest of its records for the app this minute are dropped, other clients' are kept. If one page of the app really records more, raise BAS_TELEMETRY_RECORDS_PER_CLIENT_PER_APP.`,
        );
        return false;
      }
      byClient.set(pair, (used ?? 0) + 1);
      byApp.set(appId, app + 1);
      return true;
    },
  };
}
