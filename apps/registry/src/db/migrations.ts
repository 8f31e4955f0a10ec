import { upgradeEntry } from '@bas/manifest';
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Engine } from './createDatabase.ts';

/**
 * The audit log is append-only in the database itself, not only in the API: an UPDATE or DELETE on it fails,
 * whoever runs it.
 */
async function protectAuditLog(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'sqlite') {
    for (const operation of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_log ` +
            `BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

function initial(engine: Engine): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('apps')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('agency', 'text', (column) => column.notNull())
        .addColumn('route', 'text', (column) => column.notNull().unique())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('current_version', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('app_versions')
        .addColumn('app_id', 'text', (column) => column.notNull().references('apps.id'))
        .addColumn('version', 'text', (column) => column.notNull())
        .addColumn('entry', 'text', (column) => column.notNull())
        .addColumn('state', 'text', (column) => column.notNull())
        .addColumn('submitted_by', 'text', (column) => column.notNull())
        .addColumn('submitted_at', 'text', (column) => column.notNull())
        .addColumn('approved_by', 'text')
        .addColumn('approved_at', 'text')
        .addPrimaryKeyConstraint('app_versions_pk', ['app_id', 'version'])
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', engine === 'sqlite' ? 'integer' : 'serial', (column) =>
          engine === 'sqlite' ? column.primaryKey().autoIncrement() : column.primaryKey(),
        )
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('app_id', 'text')
        .addColumn('version', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_log_app').on('audit_log').columns(['app_id', 'id']).execute();
      await protectAuditLog(db, engine);
    },
  };
}

/** What the apps report through the SDK's telemetry service; never personal data (plain values only). */
const telemetry: Migration = {
  async up(db) {
    await db.schema
      .createTable('telemetry')
      .addColumn('app_id', 'text', (column) => column.notNull().references('apps.id'))
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('data', 'text')
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('telemetry_app').on('telemetry').columns(['app_id', 'at']).execute();
  },
};

/**
 * Federated entries named their `mf-manifest.json` `entry` until @bas/manifest 0.2: stored versions are rewritten
 * once to `manifestUrl`, so the registry reads one shape. (The audit log keeps what was recorded then.)
 */
export const renameManifestUrl: Migration = {
  async up(db) {
    const { rows } = await sql<{ app_id: string; version: string; entry: string }>`
      SELECT app_id, version, entry FROM app_versions`.execute(db);
    for (const row of rows) {
      const { entry, warnings } = upgradeEntry(JSON.parse(row.entry));
      if (warnings.length === 0) continue;
      await sql`UPDATE app_versions SET entry = ${JSON.stringify(entry)}
        WHERE app_id = ${row.app_id} AND version = ${row.version}`.execute(db);
    }
  },
};

/** Publish tokens: CI publishes one app with a token of its own, revocable, never a person's sign-in. */
const publishTokens: Migration = {
  async up(db) {
    await db.schema
      .createTable('publish_tokens')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('app_id', 'text', (column) => column.notNull().references('apps.id'))
      .addColumn('secret_hash', 'text', (column) => column.notNull())
      .addColumn('label', 'text')
      .addColumn('created_by', 'text', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('last_used_at', 'text')
      .execute();
    await db.schema.createIndex('publish_tokens_app').on('publish_tokens').column('app_id').execute();
  },
};

/**
 * A person's requests across apps (decisions/0021). No foreign key to `apps`: a request outlives its app's removal
 * from the catalog until its retention ends. The `updated_at` index serves the retention's deletes.
 */
const personRequests: Migration = {
  async up(db) {
    await db.schema
      .createTable('person_requests')
      .addColumn('person', 'text', (column) => column.notNull())
      .addColumn('app_id', 'text', (column) => column.notNull())
      .addColumn('request_id', 'text', (column) => column.notNull())
      .addColumn('report', 'text', (column) => column.notNull())
      .addColumn('open', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('updated_at', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('person_requests_pk', ['person', 'app_id', 'request_id'])
      .execute();
    await db.schema
      .createIndex('person_requests_updated')
      .on('person_requests')
      .column('updated_at')
      .execute();
  },
};

/**
 * Telemetry stamped by the registry and kept for a retention: the browser's `at` goes (anyone could send any time,
 * to hide records from a count or push them past the retention), the registry's `received_at` is indexed for the
 * counts and the retention's deletes, and records older than the retention are folded into hourly counts.
 */
const telemetryRetention: Migration = {
  async up(db) {
    await db.schema.dropIndex('telemetry_app').execute();
    await db.schema.alterTable('telemetry').dropColumn('at').execute();
    await db.schema
      .createIndex('telemetry_app_received')
      .on('telemetry')
      .columns(['app_id', 'received_at'])
      .execute();
    await db.schema.createIndex('telemetry_received').on('telemetry').column('received_at').execute();
    await db.schema
      .createTable('telemetry_hourly')
      .addColumn('app_id', 'text', (column) => column.notNull().references('apps.id'))
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('hour', 'text', (column) => column.notNull())
      .addColumn('count', 'integer', (column) => column.notNull())
      .addColumn('last', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('telemetry_hourly_pk', ['app_id', 'hour', 'kind', 'name'])
      .execute();
  },
};

/**
 * Hourly telemetry counts are kept for a retention of their own: the index on the hour finds the oldest hour and
 * deletes it without reading the whole table.
 */
const telemetryHourlyRetention: Migration = {
  async up(db) {
    await db.schema.createIndex('telemetry_hourly_hour').on('telemetry_hourly').column('hour').execute();
  },
};

/**
 * Why a person changed the catalog (a rejection, a kill switch, a rollback), as they said it in the console or the
 * CLI: a column of its own, so the log can be read and exported without opening each record's JSON. Adding a column
 * is neither an UPDATE nor a DELETE, so the append-only triggers let it through; older records have none (null).
 */
const auditReasons: Migration = {
  async up(db) {
    await db.schema.alterTable('audit_log').addColumn('reason', 'text').execute();
  },
};

/**
 * The monitor's probes of every active app (src/monitor): each result kept raw for 30 days, counted per app and day
 * as it is stored (the uptime a status page shows reads those counts, not the raw rows), and the latency percentiles
 * added to the day when its raw rows are deleted. `app_health` is each app's derived status, which the manifest reads
 * every few seconds. No foreign keys to `apps`: the monitor's writes never wait on the catalog's locks, and only apps
 * with an approved version are probed, which are never released. `monitor_lock` is SQLite's lease of the one monitor
 * that probes; PostgreSQL uses an advisory lock instead.
 */
function probes(engine: Engine): Migration {
  return {
    async up(db) {
      await db.schema
        .createTable('probes')
        .addColumn('app_id', 'text', (column) => column.notNull())
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('ok', 'integer', (column) => column.notNull())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('problem', 'text')
        .addColumn('reason', 'text')
        .addColumn('latency_ms', 'integer')
        .addColumn('certificate_days', 'integer')
        .execute();
      await db.schema.createIndex('probes_app_at').on('probes').columns(['app_id', 'at']).execute();
      await db.schema.createIndex('probes_at').on('probes').column('at').execute();
      await db.schema
        .createTable('probe_days')
        .addColumn('app_id', 'text', (column) => column.notNull())
        .addColumn('day', 'text', (column) => column.notNull())
        .addColumn('probes', 'integer', (column) => column.notNull())
        .addColumn('ok', 'integer', (column) => column.notNull())
        .addColumn('latency_p50_ms', 'integer')
        .addColumn('latency_p95_ms', 'integer')
        .addPrimaryKeyConstraint('probe_days_pk', ['app_id', 'day'])
        .execute();
      await db.schema.createIndex('probe_days_day').on('probe_days').column('day').execute();
      await db.schema
        .createTable('app_health')
        .addColumn('app_id', 'text', (column) => column.primaryKey())
        .addColumn('status', 'text', (column) => column.notNull())
        .addColumn('since', 'text', (column) => column.notNull())
        .addColumn('problem', 'text')
        .addColumn('reason', 'text')
        .addColumn('failures', 'integer', (column) => column.notNull())
        .addColumn('failing_since', 'text')
        .addColumn('checked_at', 'text', (column) => column.notNull())
        .execute();
      if (engine === 'sqlite') {
        await db.schema
          .createTable('monitor_lock')
          .addColumn('name', 'text', (column) => column.primaryKey())
          .addColumn('holder', 'text', (column) => column.notNull())
          .addColumn('expires_at', 'text', (column) => column.notNull())
          .execute();
      }
    },
  };
}

/**
 * Real-user monitoring (src/rum): what the shell measured while people opened apps, kept raw for the retention
 * window (`rum_samples`, one row per open attempt or Core Web Vital, no person and no address in it) and rolled up
 * per app, hour, metric and cause (`rum_hourly`: count and p50/p75/p95) once the hour is over. `rum_rollup` holds
 * the hour up to which every app is rolled up, so a reader takes whole hours before it from `rum_hourly` and the
 * rest from the raw samples, and counts each sample once. No foreign keys: samples arrive in batches from
 * anonymous pages and never wait on the catalog's locks.
 */
const realUserMonitoring: Migration = {
  async up(db) {
    await db.schema
      .createTable('rum_samples')
      .addColumn('app_id', 'text', (column) => column.notNull())
      .addColumn('metric', 'text', (column) => column.notNull())
      .addColumn('cause', 'text', (column) => column.notNull())
      .addColumn('value', 'real', (column) => column.notNull())
      .addColumn('received_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('rum_samples_app_received')
      .on('rum_samples')
      .columns(['app_id', 'received_at'])
      .execute();
    await db.schema.createIndex('rum_samples_received').on('rum_samples').column('received_at').execute();
    await db.schema
      .createTable('rum_hourly')
      .addColumn('app_id', 'text', (column) => column.notNull())
      .addColumn('hour', 'text', (column) => column.notNull())
      .addColumn('metric', 'text', (column) => column.notNull())
      .addColumn('cause', 'text', (column) => column.notNull())
      .addColumn('count', 'integer', (column) => column.notNull())
      .addColumn('p50', 'real')
      .addColumn('p75', 'real')
      .addColumn('p95', 'real')
      .addPrimaryKeyConstraint('rum_hourly_pk', ['app_id', 'hour', 'metric', 'cause'])
      .execute();
    await db.schema.createIndex('rum_hourly_hour').on('rum_hourly').column('hour').execute();
    await db.schema
      .createTable('rum_rollup')
      .addColumn('name', 'text', (column) => column.primaryKey())
      .addColumn('through', 'text', (column) => column.notNull())
      .execute();
  },
};

/**
 * The public satisfaction survey (Survei Kepuasan Masyarakat, src/survey): one row per answer, the nine elements'
 * scores (1 to 4) in columns of their own so a period's means are summed by the database, and the UTC year it was
 * received in (`period`), which every reader filters on. Anonymous as the survey is: no person, no address, only the
 * time the registry received it. The checks keep a score the route would refuse out of the sums whoever writes. No
 * foreign key to `apps`: answers arrive from anonymous pages and never wait on the catalog's locks.
 */
const satisfactionSurvey: Migration = {
  async up(db) {
    let table = db.schema
      .createTable('survey_answers')
      .addColumn('app_id', 'text', (column) => column.notNull())
      .addColumn('period', 'text', (column) => column.notNull());
    // Written out, not read from the schema's list: a migration stays as it ran.
    for (const score of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']) {
      table = table.addColumn(score, 'integer', (column) =>
        column.notNull().check(sql`${sql.ref(score)} between 1 and 4`),
      );
    }
    await table.addColumn('received_at', 'text', (column) => column.notNull()).execute();
    await db.schema
      .createIndex('survey_answers_period_app')
      .on('survey_answers')
      .columns(['period', 'app_id'])
      .execute();
  },
};

/**
 * TRUNCATE empties a PostgreSQL table without a DELETE, so the append-only trigger of 0001 never saw it: one more
 * trigger, on the same function. SQLite has no TRUNCATE (its `DELETE FROM` without a WHERE is caught already).
 */
function auditLogNoTruncate(engine: Engine): Migration {
  return {
    async up(db) {
      if (engine === 'sqlite') return;
      await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    },
  };
}

/** Migrations in code, so the built registry carries them; names sort in the order they run. */
export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '0001_initial': initial(engine),
        '0002_telemetry': telemetry,
        '0003_manifest_url': renameManifestUrl,
        '0004_publish_tokens': publishTokens,
        '0005_person_requests': personRequests,
        '0006_telemetry_retention': telemetryRetention,
        '0007_telemetry_hourly_retention': telemetryHourlyRetention,
        '0008_audit_reasons': auditReasons,
        '0009_probes': probes(engine),
        '0010_real_user_monitoring': realUserMonitoring,
        '0011_satisfaction_survey': satisfactionSurvey,
        '0012_audit_log_no_truncate': auditLogNoTruncate(engine),
      }),
  };
}
