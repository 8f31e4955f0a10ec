/** How much telemetry the registry takes and how long it keeps each record. */
export interface TelemetryOptions {
  /** Days a raw record is kept before it is folded into hourly counts and deleted; 30 by default. */
  retentionDays?: number | undefined;
  /**
   * `POST /api/telemetry` requests one client address may make a minute; 120 by default. The shell sends a batch
   * at most every 5 s per open page, so this leaves room for several people behind one address (a mobile carrier's
   * shared address, an office) while a script is stopped after two seconds' worth of requests.
   */
  requestsPerClientPerMinute?: number | undefined;
  /**
   * Events and errors stored per app a minute, whichever addresses send them; 1000 by default. The rest of that
   * minute's records for the app are dropped, so no one can bury an app's real numbers however many addresses
   * they send from.
   */
  recordsPerAppPerMinute?: number | undefined;
}

export type ResolvedTelemetryOptions = { [K in keyof TelemetryOptions]-?: number };

export const telemetryDefaults: ResolvedTelemetryOptions = {
  retentionDays: 30,
  requestsPerClientPerMinute: 120,
  recordsPerAppPerMinute: 1000,
};

/** The options with their defaults; a value that is not a whole number of at least 1 stops the start. */
export function resolveTelemetryOptions(options: TelemetryOptions = {}): ResolvedTelemetryOptions {
  const resolved = { ...telemetryDefaults };
  for (const key of Object.keys(telemetryDefaults) as Array<keyof ResolvedTelemetryOptions>) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(
        `The telemetry option ${key} must be a whole number of at least 1; got ${String(value)}. Leave it out for the default, ${telemetryDefaults[key]}.`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}
