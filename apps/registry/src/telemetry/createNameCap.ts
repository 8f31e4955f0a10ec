import type { TelemetryRecord } from './createTelemetryStore.ts';

const dayMs = 24 * 3600 * 1000;

/**
 * What a record past its app's cap of names is stored as. No client can send it (their names begin with a letter or
 * a digit), so it is never taken for one of the app's own names.
 */
export const otherName = '(other)';

export interface NameCap {
  /** The record as it is stored: as it came, or as `(other)` of its kind when its app has no room for its name. */
  cap(record: TelemetryRecord): TelemetryRecord;
}

/**
 * At most `namesPerDay` distinct names per app a day (UTC), events and errors together, in the order they come.
 * Records with a further name are counted as `(other)` of their kind rather than dropped: the app's totals stay
 * true, and its agency sees that more names came than the cap (its app's own, or someone's made up), while the
 * names, each a line of the app's counts and a row of every hour's counts, stay bounded. Their values go: they
 * belong to a name that is not kept. Held in this process's memory (names of the catalog's apps only: the caller
 * drops the others first) and forgotten when the day turns; with several replicas each allows its own names.
 */
export function createNameCap(
  namesPerDay: number,
  onFull: (message: string) => void,
  now: () => number = Date.now,
): NameCap {
  let day = Number.NaN;
  const namesOf = new Map<string, Set<string>>();
  const told = new Set<string>();
  return {
    cap(record) {
      const today = Math.floor(now() / dayMs);
      if (today !== day) {
        day = today;
        namesOf.clear();
        told.clear();
      }
      let names = namesOf.get(record.appId);
      if (names === undefined) {
        names = new Set();
        namesOf.set(record.appId, names);
      }
      const name = `${record.kind} ${record.name}`;
      if (names.has(name)) return record;
      if (names.size < namesPerDay) {
        names.add(name);
        return record;
      }
      if (!told.has(record.appId)) {
        told.add(record.appId);
        onFull(
          `Telemetry of ${record.appId} brought more than ${namesPerDay} distinct names today; records with further names are counted as "${otherName}" until the day (UTC) turns. Have the app record fewer distinct names (put what varies in the data), or raise BAS_TELEMETRY_NAMES_PER_APP.`,
        );
      }
      return { appId: record.appId, kind: record.kind, name: otherName };
    },
  };
}
