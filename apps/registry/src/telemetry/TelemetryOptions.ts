import { resolveWholeNumbers } from '../resolveWholeNumbers.ts';

/** How much telemetry the registry takes and how long it keeps each record. */
export interface TelemetryOptions {
  /** Days a raw record is kept before it is folded into hourly counts and deleted; 30 by default. */
  retentionDays?: number | undefined;
  /**
   * Days the hourly counts are kept, counted from their hour; 400 by default, so a year can be compared with the
   * one before. Must be more than `retentionDays`, or records would be folded into counts that are deleted at once.
   */
  hourlyRetentionDays?: number | undefined;
  /**
   * `POST /api/telemetry` requests one client address may make a minute; 120 by default. The shell sends a batch
   * at most every 5 s per open page, so this leaves room for several people behind one address (a mobile carrier's
   * shared address, an office) while a script is stopped after two seconds' worth of requests.
   */
  requestsPerClientPerMinute?: number | undefined;
  /**
   * Events and errors stored per client address and app a minute; 200 by default, far more than one page records,
   * so one client cannot use up its app's share below and drown every other citizen's records.
   */
  recordsPerClientPerAppPerMinute?: number | undefined;
  /**
   * Events and errors stored per app a minute, from all client addresses together; 5000 by default. The rest of that
   * minute's records for the app are dropped: a bound on what many addresses together can make the database take.
   */
  recordsPerAppPerMinute?: number | undefined;
  /**
   * Distinct names (events and errors together) stored per app a day; 100 by default. Each name is a line of the
   * app's counts and a row of every hour's counts, so nobody may make them endless: records with a further name
   * are counted as `(other)` (see createNameCap).
   */
  namesPerAppPerDay?: number | undefined;
}

export type ResolvedTelemetryOptions = { [K in keyof TelemetryOptions]-?: number };

export const telemetryDefaults: ResolvedTelemetryOptions = {
  retentionDays: 30,
  hourlyRetentionDays: 400,
  requestsPerClientPerMinute: 120,
  recordsPerClientPerAppPerMinute: 200,
  recordsPerAppPerMinute: 5000,
  namesPerAppPerDay: 100,
};

/**
 * The options with their defaults; a value that is not a whole number of at least 1, or hourly counts kept no longer
 * than raw records, stops the start.
 */
export function resolveTelemetryOptions(options: TelemetryOptions = {}): ResolvedTelemetryOptions {
  const resolved = resolveWholeNumbers('telemetry', telemetryDefaults, options);
  if (resolved.hourlyRetentionDays <= resolved.retentionDays) {
    throw new Error(
      `The telemetry option hourlyRetentionDays (${resolved.hourlyRetentionDays}) must be more than retentionDays (${resolved.retentionDays}): records older than retentionDays live on only as hourly counts. Raise hourlyRetentionDays or lower retentionDays.`,
    );
  }
  return resolved;
}
