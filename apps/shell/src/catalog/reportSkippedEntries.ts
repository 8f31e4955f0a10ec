import type { SkippedEntry } from './parseManifestEntries.ts';

// The ids the registry's telemetry accepts (an entry's own id may be anything when it is malformed).
const telemetryAppId = /^[a-z0-9-]{2,50}$/;
// Each left-out entry is reported once per page, not on every revalidation of the catalog.
const reported = new Set<string>();

/**
 * Tells the developer console, and the app's agency through the registry's telemetry (an error named
 * `manifest-invalid`, counted with the app's others), which entries of `source` the shell left out and why.
 */
export function reportSkippedEntries(skipped: readonly SkippedEntry[], source: string): void {
  const fresh = skipped.filter((entry) => {
    const key = `${entry.label} ${entry.reason}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  });
  for (const entry of fresh) {
    console.warn(`The catalog entry ${entry.label} from ${source} is left out: ${entry.reason}.`);
  }
  const named = fresh.flatMap(({ id, reason }) =>
    id !== undefined && telemetryAppId.test(id) ? [{ id, reason }] : [],
  );
  if (named.length === 0) return;
  const at = new Date().toISOString();
  // Fetched only when there is something to send: the home page's first paint does not carry telemetry.
  void import('../telemetry/shellTelemetry.ts').then(({ shellTelemetry }) => {
    for (const entry of named) {
      shellTelemetry.record({
        appId: entry.id,
        kind: 'error',
        name: 'manifest-invalid',
        // The registry keeps values of at most 200 characters.
        data: { message: entry.reason.slice(0, 200) },
        at,
      });
    }
  });
}
