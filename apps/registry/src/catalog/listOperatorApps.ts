import type { ManifestEntry } from '@bas/manifest';
import type { Kysely } from 'kysely';
import semver from 'semver';
import { catalogActions } from '../audit/auditActions.ts';
import type { AppStatus, Database, HealthStatus } from '../db/schema.ts';

export interface OperatorApp {
  id: string;
  /**
   * The served entry's name, or the latest pending one's for an app never approved; null (as are `kind` and `role`)
   * for an app whose every version was rejected, which holds its id and route until an admin releases it.
   */
  name: ManifestEntry['name'] | null;
  agency: string;
  route: string;
  kind: ManifestEntry['kind'] | null;
  role: ManifestEntry['role'] | null;
  status: AppStatus;
  /** The version served; null until the first approval. */
  currentVersion: string | null;
  /** How many versions wait for approval. */
  pendingVersions: number;
  /** The highest of them (semver order), or null when none waits. */
  latestPendingVersion: string | null;
  /** When the app's last catalog change was recorded (publish, approve, reject, rollback, disable, enable). */
  lastChangedAt: string;
  /** The monitor's verdict (`unknown` until it has judged the app, or for an app it does not probe). */
  health: HealthStatus;
}

export interface OperatorAppFilters {
  agency?: string | undefined;
  status?: AppStatus | undefined;
  kind?: ManifestEntry['kind'] | undefined;
}

/** The fields read from a stored entry: the rest of it stays unparsed text for anything but the list's columns. */
type Shown = Pick<ManifestEntry, 'name' | 'kind' | 'role'>;
const shownOf = (text: string): Shown => {
  const { name, kind, role } = JSON.parse(text) as ManifestEntry;
  return { name, kind, role };
};

/** Plain code-unit order: PostgreSQL's collation would sort "antrean-ktp" and "antreanku" otherwise than SQLite. */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The catalog as the console lists it: each app with its served version, its versions waiting for approval, its
 * last change and the monitor's verdict, in two queries whatever the number of apps (the apps with their served entry and last audit
 * time; every pending version), never one per app. Kind is read from the entries, so it is filtered here.
 */
export async function listOperatorApps(
  db: Kysely<Database>,
  filters: OperatorAppFilters,
): Promise<OperatorApp[]> {
  let apps = db
    .selectFrom('apps')
    .leftJoin('app_versions as served', (join) =>
      join.onRef('served.app_id', '=', 'apps.id').onRef('served.version', '=', 'apps.current_version'),
    )
    .select([
      'apps.id',
      'apps.agency',
      'apps.route',
      'apps.status',
      'apps.current_version',
      'apps.updated_at',
    ])
    .leftJoin('app_health', 'app_health.app_id', 'apps.id')
    .select('served.entry')
    .select('app_health.status as health')
    // The app's newest catalog record, found through the (app_id, id) index: one lookup per app, in this query.
    .select((eb) =>
      eb
        .selectFrom('audit_log')
        .select('audit_log.at')
        .whereRef('audit_log.app_id', '=', 'apps.id')
        .where('audit_log.action', 'in', catalogActions)
        .orderBy('audit_log.id', 'desc')
        .limit(1)
        .as('last_change_at'),
    );
  let pending = db
    .selectFrom('app_versions')
    .innerJoin('apps', 'apps.id', 'app_versions.app_id')
    .select(['app_versions.app_id', 'app_versions.version'])
    // The entry only where it names the app in the list: an app that was never approved.
    .select((eb) =>
      eb
        .case()
        .when('apps.current_version', 'is', null)
        .then(eb.ref('app_versions.entry'))
        .else(null)
        .end()
        .as('entry'),
    )
    .where('app_versions.state', '=', 'pending');
  if (filters.agency !== undefined) {
    apps = apps.where('apps.agency', '=', filters.agency);
    pending = pending.where('apps.agency', '=', filters.agency);
  }
  if (filters.status !== undefined) {
    apps = apps.where('apps.status', '=', filters.status);
    pending = pending.where('apps.status', '=', filters.status);
  }
  const [appRows, pendingRows] = await Promise.all([apps.execute(), pending.execute()]);

  const waiting = new Map<string, Array<{ version: string; entry: string | null }>>();
  for (const row of pendingRows) {
    const versions = waiting.get(row.app_id) ?? [];
    versions.push({ version: row.version, entry: row.entry });
    waiting.set(row.app_id, versions);
  }
  const listed: OperatorApp[] = [];
  for (const app of appRows) {
    const versions = (waiting.get(app.id) ?? []).sort((a, b) => semver.rcompare(a.version, b.version));
    const [latest] = versions;
    const text = app.entry ?? latest?.entry ?? null;
    const shown = text === null ? undefined : shownOf(text);
    if (filters.kind !== undefined && shown?.kind !== filters.kind) continue;
    listed.push({
      id: app.id,
      name: shown?.name ?? null,
      agency: app.agency,
      route: app.route,
      kind: shown?.kind ?? null,
      role: shown?.role ?? null,
      status: app.status,
      currentVersion: app.current_version,
      pendingVersions: versions.length,
      latestPendingVersion: latest?.version ?? null,
      lastChangedAt: app.last_change_at ?? app.updated_at,
      health: app.health ?? 'unknown',
    });
  }
  return listed.sort(byId);
}
