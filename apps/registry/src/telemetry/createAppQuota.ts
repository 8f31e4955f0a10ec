const minuteMs = 60_000;

export interface AppQuota {
  /** Whether one more record of the app may be stored this minute; counts it when it may. */
  take(appId: string): boolean;
}

/**
 * Each app's share of stored telemetry, per minute, counted here on the server whichever addresses the records
 * come from. Counted in this process's memory: only apps of the catalog are counted (a few hundred keys), and with
 * several registry replicas each allows its own quota, a bound all the same.
 */
export function createAppQuota(
  recordsPerMinute: number,
  onFull: (appId: string) => void,
  now: () => number = Date.now,
): AppQuota {
  const windows = new Map<string, { start: number; used: number }>();
  return {
    take(appId) {
      const at = now();
      let window = windows.get(appId);
      if (window === undefined || at - window.start >= minuteMs) {
        window = { start: at, used: 0 };
        windows.set(appId, window);
      }
      if (window.used < recordsPerMinute) {
        window.used += 1;
        return true;
      }
      // Told once a minute per app, when it first runs out, so a flood does not also flood the log.
      if (window.used === recordsPerMinute) {
        window.used += 1;
        onFull(appId);
      }
      return false;
    },
  };
}
