import semver from 'semver';
import type { ManifestEntry } from '@bas/manifest';
import type { Kysely, Transaction } from 'kysely';
import type { AuditAction } from '../audit/auditActions.ts';
import type { AppStatus, Database } from '../db/schema.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import type { Actor } from './Actor.ts';
import { appNotFound } from './appNotFound.ts';
import { listOperatorApps } from './listOperatorApps.ts';
import { publishedBy } from './createPublishTokens.ts';
import { pendingVersionLimit, tooManyPendingVersions } from './pendingVersionLimit.ts';

export interface VersionSummary {
  version: string;
  state: 'pending' | 'approved';
  submittedBy: string;
  submittedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  current: boolean;
}

export interface AppRecord {
  id: string;
  agency: string;
  route: string;
  status: AppStatus;
  currentVersion: string | null;
  versions: VersionSummary[];
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  appId: string | null;
  version: string | null;
  before: unknown;
  after: unknown;
  /** Why, as the person said it; null when they gave none. */
  reason: string | null;
}

/** Which audit records to read: all of them, or those of one app, actor or action, within a time. */
export interface AuditQuery {
  appId?: string | undefined;
  actor?: string | undefined;
  action?: AuditAction | undefined;
  /** From this instant on (an ISO time in UTC, as `at` is stored). */
  since?: string | undefined;
  /** Before this instant. */
  until?: string | undefined;
  limit: number;
  before?: number | undefined;
}

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Called inside the transaction of every change to what the manifest serves (approve, roll back, kill switch and
 * its undo) with the change's audit id, the catalog's new version: on PostgreSQL it sends the NOTIFY that other
 * registry replicas listen for, which the server delivers only if the transaction commits.
 */
export type CatalogAnnouncer = (trx: Transaction<Database>, version: number) => Promise<void>;

const now = () => new Date().toISOString();
const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const parse = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));
// Stored entries were validated when published (and brought to today's shape by migrations).
const readEntry = (text: string): ManifestEntry => parse(text) as ManifestEntry;

async function audit(
  db: Executor,
  actor: Actor,
  action: AuditAction,
  appId: string,
  version: string | null,
  before: unknown,
  after: unknown,
  reason: string | null = null,
): Promise<number> {
  const { id } = await db
    .insertInto('audit_log')
    .values({
      at: now(),
      actor: actor.username,
      action,
      app_id: appId,
      version,
      before: json(before),
      after: json(after),
      reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(id);
}

async function entryOf(db: Executor, appId: string, version: string | null): Promise<ManifestEntry | null> {
  if (version === null) return null;
  const row = await db
    .selectFrom('app_versions')
    .select('entry')
    .where('app_id', '=', appId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row === undefined ? null : readEntry(row.entry);
}

async function appRow(db: Executor, id: string) {
  const app = await db.selectFrom('apps').selectAll().where('id', '=', id).executeTakeFirst();
  if (app === undefined) throw appNotFound(id);
  return app;
}

/**
 * The app's row, locked until the transaction ends (an update that changes nothing takes the row lock on
 * PostgreSQL; SQLite runs one writer at a time anyway): approving, rejecting and releasing one app then happen one
 * after another, each reading what the one before left.
 */
async function lockedAppRow(db: Executor, id: string) {
  await db
    .updateTable('apps')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .execute();
  return appRow(db, id);
}

async function versionRow(db: Executor, id: string, version: string) {
  const row = await db
    .selectFrom('app_versions')
    .selectAll()
    .where('app_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (row === undefined) throw appNotFound(id, version);
  return row;
}

/** The app other than `appId` that holds `route`, if any: one route leads to one app. */
function otherAppOnRoute(db: Kysely<Database>, route: string, appId: string) {
  return db
    .selectFrom('apps')
    .select('id')
    .where('route', '=', route)
    .where('id', '!=', appId)
    .executeTakeFirst();
}

/**
 * Makes `entry` the version the manifest serves, with its route and declared status (a disabled app stays
 * disabled), and records why. The route is checked again here: another app may have taken it since the version was
 * published, and one route leads to one app.
 */
async function makeCurrent(
  db: Executor,
  app: { id: string; status: AppStatus },
  entry: ManifestEntry,
  before: ManifestEntry | null,
  actor: Actor,
  action: 'approve' | 'rollback',
  reason: string | null,
): Promise<number> {
  const holder = await otherAppOnRoute(db, entry.route, app.id);
  if (holder !== undefined) {
    const since =
      action === 'approve'
        ? `which took it after this version was published: reject this version (DELETE /api/apps/${app.id}/versions/${entry.version}) and have its agency publish one with another route`
        : `which took it after ${app.id} left it: roll back to another version, or have its agency publish one with another route`;
    throw new RegistryError(
      'ROUTE_TAKEN',
      `Route "${entry.route}" of ${app.id} ${entry.version} is now used by app "${holder.id}", ${since}.`,
      [{ path: 'route', message: `is used by app "${holder.id}"` }],
    );
  }
  await db
    .updateTable('apps')
    .set({
      current_version: entry.version,
      route: entry.route,
      status: app.status === 'disabled' ? 'disabled' : entry.status,
      updated_at: now(),
    })
    .where('id', '=', app.id)
    .execute();
  return audit(db, actor, action, app.id, entry.version, before, entry, reason);
}

/**
 * The catalog's storage: one query layer for SQLite and PostgreSQL. Every change runs in a transaction together
 * with its audit record, so the log never misses a change and never records one that did not happen.
 */
export function createCatalogRepository(db: Kysely<Database>, announce: CatalogAnnouncer = async () => {}) {
  return {
    /** How many versions wait for an admin's decision: the approval queue's length. */
    async pendingVersions(): Promise<number> {
      const { count } = await db
        .selectFrom('app_versions')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
        .where('state', '=', 'pending')
        .executeTakeFirstOrThrow();
      return Number(count);
    },

    async isEmpty(): Promise<boolean> {
      const row = await db.selectFrom('apps').select('id').limit(1).executeTakeFirst();
      return row === undefined;
    },

    /** Loads approved entries into an empty catalog (first start). */
    async seed(entries: readonly ManifestEntry[], actor: Actor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const at = now();
        for (const entry of entries) {
          await trx
            .insertInto('apps')
            .values({
              id: entry.id,
              agency: entry.agency,
              route: entry.route,
              status: entry.status,
              current_version: entry.version,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await trx
            .insertInto('app_versions')
            .values({
              app_id: entry.id,
              version: entry.version,
              entry: JSON.stringify(entry),
              state: 'approved',
              submitted_by: actor.username,
              submitted_at: at,
              approved_by: actor.username,
              approved_at: at,
            })
            .execute();
          await audit(trx, actor, 'seed', entry.id, entry.version, null, entry);
        }
      });
    },

    /** The entry of an approved version of an app that is not disabled, or undefined: what may still be served. */
    async approvedEntry(id: string, version: string): Promise<ManifestEntry | undefined> {
      const row = await db
        .selectFrom('app_versions')
        .innerJoin('apps', 'apps.id', 'app_versions.app_id')
        .select(['app_versions.entry'])
        .where('app_versions.app_id', '=', id)
        .where('app_versions.version', '=', version)
        .where('app_versions.state', '=', 'approved')
        .where('apps.status', '!=', 'disabled')
        .executeTakeFirst();
      return row === undefined ? undefined : readEntry(row.entry);
    },

    /**
     * The newest audit record's id: every change to what the manifest serves writes one, so a database that has
     * a change's id has the change (a read replica lagging behind the primary does not yet).
     */
    async latestChange(): Promise<number> {
      const row = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },

    /**
     * A value that changes whenever what the manifest serves may have: the audit log's newest id and its length.
     * The length too because ids are handed out when a transaction writes and committed in any order: a change
     * committed after a later one has a smaller id than the newest, but still makes the log (append-only) longer.
     */
    async catalogVersion(): Promise<string> {
      const row = await db
        .selectFrom('audit_log')
        .select((eb) => [eb.fn.max('id').as('id'), eb.fn.count('id').as('count')])
        .executeTakeFirst();
      return `${String(row?.id ?? 0)}/${String(row?.count ?? 0)}`;
    },

    /** The entries the manifest serves: each app's current version, with the app's status (disabled included). */
    async currentEntries(): Promise<ManifestEntry[]> {
      const rows = await db
        .selectFrom('apps')
        .innerJoin('app_versions', (join) =>
          join
            .onRef('app_versions.app_id', '=', 'apps.id')
            .onRef('app_versions.version', '=', 'apps.current_version'),
        )
        .select(['apps.status', 'app_versions.entry'])
        .orderBy('apps.id')
        .execute();
      return rows.map((row) => ({ ...readEntry(row.entry), status: row.status }));
    },

    async getApp(id: string): Promise<AppRecord> {
      const app = await appRow(db, id);
      const versions = await db
        .selectFrom('app_versions')
        .select(['version', 'state', 'submitted_by', 'submitted_at', 'approved_by', 'approved_at'])
        .where('app_id', '=', id)
        .orderBy('submitted_at')
        .orderBy('version')
        .execute();
      return {
        id: app.id,
        agency: app.agency,
        route: app.route,
        status: app.status,
        currentVersion: app.current_version,
        versions: versions.map((row) => ({
          version: row.version,
          state: row.state,
          submittedBy: row.submitted_by,
          submittedAt: row.submitted_at,
          approvedBy: row.approved_by,
          approvedAt: row.approved_at,
          current: row.version === app.current_version,
        })),
      };
    },

    /** Who holds an app id, for a developer choosing one; undefined when it is free. */
    async idHolder(id: string): Promise<
      | {
          id: string;
          agency: string;
          name: string | null;
          currentVersion: string | null;
          /** Whether anyone may see the served version (a public app, not disabled). */
          listed: boolean;
        }
      | undefined
    > {
      const app = await db.selectFrom('apps').selectAll().where('id', '=', id).executeTakeFirst();
      if (app === undefined) return undefined;
      const current = await entryOf(db, id, app.current_version);
      return {
        id,
        agency: app.agency,
        name: current?.name.id ?? null,
        currentVersion: app.current_version,
        listed: current?.role === 'public' && app.status !== 'disabled',
      };
    },

    /** One version's entry beside the entry the portal serves now: what approving it would change. */
    async versionDetail(id: string, version: string) {
      const app = await appRow(db, id);
      const target = await versionRow(db, id, version);
      return {
        id,
        agency: app.agency,
        version,
        state: target.state,
        submittedBy: target.submitted_by,
        submittedAt: target.submitted_at,
        status: app.status,
        currentVersion: app.current_version,
        entry: readEntry(target.entry),
        current: await entryOf(db, id, app.current_version),
      };
    },

    /** Every app for the console, or one agency's, with what is served and what waits: see listOperatorApps. */
    operatorApps: (filters: Parameters<typeof listOperatorApps>[1]) => listOperatorApps(db, filters),

    /**
     * Records a new version, pending approval; registers the app on its first version (`registered`). An app that exists takes a
     * version only from someone who published it before or who says it is that app (`existingApp`): a new project
     * that happens to pick a taken id is refused instead of replacing the live app.
     */
    async publish(
      entry: ManifestEntry,
      actor: Actor,
      options: { existingApp?: boolean } = {},
    ): Promise<{ registered: boolean }> {
      return db.transaction().execute(async (trx) => {
        const at = now();
        const registered = await trx
          .insertInto('apps')
          .values({
            id: entry.id,
            agency: entry.agency,
            route: entry.route,
            status: 'active',
            current_version: null,
            created_at: at,
            updated_at: at,
          })
          .onConflict((conflict) => conflict.doNothing())
          .executeTakeFirst();
        const app = await trx.selectFrom('apps').selectAll().where('id', '=', entry.id).executeTakeFirst();
        if (app === undefined) {
          throw new RegistryError(
            'ROUTE_TAKEN',
            `Route "${entry.route}" is used by another app; choose another route.`,
            [{ path: 'route', message: 'is used by another app' }],
          );
        }
        if (app.agency !== entry.agency) {
          throw new RegistryError(
            'ID_TAKEN',
            `The id "${entry.id}" belongs to an app of ${app.agency}; choose another id for your app (an app never moves to another agency).`,
            [{ path: 'id', message: `belongs to ${app.agency}` }],
          );
        }
        if (registered.numInsertedOrUpdatedRows === 0n && options.existingApp !== true) {
          const before = await trx
            .selectFrom('app_versions')
            .select('version')
            .where('app_id', '=', entry.id)
            .where('submitted_by', '=', actor.username)
            .executeTakeFirst();
          if (before === undefined) {
            const current = await entryOf(trx, entry.id, app.current_version);
            const what =
              current === null ? 'no approved version yet' : `"${current.name.id}" ${current.version}`;
            throw new RegistryError(
              'ID_TAKEN',
              `App "${entry.id}" already exists (${what}, of ${app.agency}). If your project is a new version of that app, publish with --existing-app; otherwise choose another id.`,
              [{ path: 'id', message: 'is taken' }],
            );
          }
        }
        // Versions only go up: an earlier one is served again by rolling back to it, not by publishing it anew.
        if (app.current_version !== null && !semver.gt(entry.version, app.current_version)) {
          throw new RegistryError(
            'VALIDATION_FAILED',
            `Version ${entry.version} is not above ${app.current_version}, which the portal serves for "${entry.id}": publish a higher version, or ask an admin to roll back to an earlier one.`,
            [{ path: 'version', message: `must be above ${app.current_version}` }],
          );
        }
        // Writing the app's row locks it until this transaction ends, so that concurrent publications of one app count
        // its pending versions one after another (SQLite runs one writer at a time anyway).
        await trx
          .updateTable('apps')
          .set({ updated_at: app.updated_at })
          .where('id', '=', entry.id)
          .execute();
        const { pending } = await trx
          .selectFrom('app_versions')
          .select((eb) => eb.fn.countAll<number | string | bigint>().as('pending'))
          .where('app_id', '=', entry.id)
          .where('state', '=', 'pending')
          .executeTakeFirstOrThrow();
        if (Number(pending) >= pendingVersionLimit) throw tooManyPendingVersions(entry.id);
        const routeOwner = await otherAppOnRoute(trx, entry.route, entry.id);
        if (routeOwner !== undefined) {
          throw new RegistryError(
            'ROUTE_TAKEN',
            `Route "${entry.route}" is used by app "${routeOwner.id}"; choose another route.`,
            [{ path: 'route', message: `is used by app "${routeOwner.id}"` }],
          );
        }
        const inserted = await trx
          .insertInto('app_versions')
          .values({
            app_id: entry.id,
            version: entry.version,
            entry: JSON.stringify(entry),
            state: 'pending',
            submitted_by: actor.username,
            submitted_at: at,
            approved_by: null,
            approved_at: null,
          })
          .onConflict((conflict) => conflict.columns(['app_id', 'version']).doNothing())
          .executeTakeFirst();
        if (inserted.numInsertedOrUpdatedRows === 0n) {
          throw new RegistryError(
            'VERSION_EXISTS',
            `App "${entry.id}" already has version ${entry.version}; publish a higher version.`,
            [{ path: 'version', message: 'already exists' }],
          );
        }
        await audit(trx, actor, 'publish', entry.id, entry.version, null, entry);
        return { registered: registered.numInsertedOrUpdatedRows === 1n };
      });
    },

    /** Makes a pending version the one the manifest serves. */
    async approve(id: string, version: string, actor: Actor, reason: string | null = null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const app = await lockedAppRow(trx, id);
        const target = await versionRow(trx, id, version);
        if (target.state !== 'pending') {
          throw new RegistryError(
            'INVALID_STATE',
            `Version ${version} of "${id}" is already approved; to serve it again, roll back to it.`,
          );
        }
        if (publishedBy(target.submitted_by, actor.username)) {
          throw new RegistryError(
            'FORBIDDEN',
            `You published ${id} ${version}; another admin approves it, so every version is seen by a second person.`,
          );
        }
        const entry = readEntry(target.entry);
        const before = await entryOf(trx, id, app.current_version);
        await trx
          .updateTable('app_versions')
          .set({ state: 'approved', approved_by: actor.username, approved_at: now() })
          .where('app_id', '=', id)
          .where('version', '=', version)
          .execute();
        await announce(trx, await makeCurrent(trx, app, entry, before, actor, 'approve', reason));
      });
    },

    /**
     * Takes back a version that waits for approval: the approvers' "no", or its agency's. Approved versions stay
     * (they may be served again); the audit log keeps the entry.
     */
    async reject(id: string, version: string, actor: Actor, reason: string | null = null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await lockedAppRow(trx, id);
        const target = await versionRow(trx, id, version);
        if (target.state !== 'pending') {
          throw new RegistryError(
            'INVALID_STATE',
            `Version ${version} of "${id}" is approved, and approved versions stay on record: roll back to another one, or disable the app.`,
          );
        }
        await trx
          .deleteFrom('app_versions')
          .where('app_id', '=', id)
          .where('version', '=', version)
          .execute();
        await audit(trx, actor, 'reject', id, version, readEntry(target.entry), null, reason);
      });
    },

    /**
     * Gives up the id and route of an app that was never approved (a first publication nobody approved would hold
     * them forever): its pending versions, publish tokens, telemetry and the requests people's apps reported for it
     * go with it, so nothing of it shows under the agency that takes the id next, and the audit log keeps what it
     * was. An app that was ever approved stays; it is disabled or rolled back instead. The caller deletes the
     * uploaded builds of the returned versions once this has committed.
     */
    async release(
      id: string,
      actor: Actor,
      reason: string | null = null,
    ): Promise<{ id: string; versions: string[] }> {
      return db.transaction().execute(async (trx) => {
        const app = await lockedAppRow(trx, id);
        const rows = await trx
          .selectFrom('app_versions')
          .select(['version', 'state'])
          .where('app_id', '=', id)
          .orderBy('submitted_at')
          .orderBy('version')
          .execute();
        const approved = rows.filter((row) => row.state === 'approved').map((row) => row.version);
        if (app.current_version !== null || approved.length > 0) {
          throw new RegistryError(
            'INVALID_STATE',
            `App "${id}" has approved versions (${approved.join(', ')}), so its id and route stay with it: disable it (POST /api/apps/${id}/disable) or roll it back instead.`,
          );
        }
        const versions = rows.map((row) => row.version);
        for (const table of [
          'publish_tokens',
          'telemetry',
          'telemetry_hourly',
          'rum_samples',
          'rum_hourly',
          'person_requests',
          'app_versions',
        ] as const) {
          await trx.deleteFrom(table).where('app_id', '=', id).execute();
        }
        await trx.deleteFrom('apps').where('id', '=', id).execute();
        await audit(
          trx,
          actor,
          'release',
          id,
          null,
          { agency: app.agency, route: app.route, versions },
          null,
          reason,
        );
        return { id, versions };
      });
    },

    /** Serves an earlier approved version again. */
    async rollback(id: string, version: string, actor: Actor, reason: string | null = null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const app = await appRow(trx, id);
        const target = await versionRow(trx, id, version);
        if (target.state !== 'approved') {
          throw new RegistryError(
            'INVALID_STATE',
            `Version ${version} of "${id}" was never approved; approve it instead of rolling back to it.`,
          );
        }
        if (app.current_version === version) {
          throw new RegistryError(
            'INVALID_STATE',
            `Version ${version} is already the current version of "${id}".`,
          );
        }
        const before = await entryOf(trx, id, app.current_version);
        const change = await makeCurrent(
          trx,
          app,
          readEntry(target.entry),
          before,
          actor,
          'rollback',
          reason,
        );
        await announce(trx, change);
      });
    },

    /** The kill switch and its undo. Switching to the state an app is already in changes nothing. */
    async setEnabled(
      id: string,
      enabled: boolean,
      actor: Actor,
      reason: string | null = null,
    ): Promise<AppStatus> {
      return db.transaction().execute(async (trx) => {
        const app = await appRow(trx, id);
        const current = await entryOf(trx, id, app.current_version);
        const status: AppStatus = enabled
          ? current?.status === 'maintenance'
            ? 'maintenance'
            : 'active'
          : 'disabled';
        if (status === app.status) return status;
        await trx.updateTable('apps').set({ status, updated_at: now() }).where('id', '=', id).execute();
        const change = await audit(
          trx,
          actor,
          enabled ? 'enable' : 'disable',
          id,
          app.current_version,
          { status: app.status },
          { status },
          reason,
        );
        await announce(trx, change);
        return status;
      });
    },

    /** The audit log, newest first, filtered as `options` say; `before` pages backwards by record id. */
    async auditLog(options: AuditQuery): Promise<AuditRecord[]> {
      let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(options.limit);
      if (options.appId !== undefined) query = query.where('app_id', '=', options.appId);
      if (options.actor !== undefined) query = query.where('actor', '=', options.actor);
      if (options.action !== undefined) query = query.where('action', '=', options.action);
      // `at` is always toISOString's UTC form, so text order is time order on both engines.
      if (options.since !== undefined) query = query.where('at', '>=', options.since);
      if (options.until !== undefined) query = query.where('at', '<', options.until);
      if (options.before !== undefined) query = query.where('id', '<', options.before);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: Number(row.id),
        at: row.at,
        actor: row.actor,
        action: row.action,
        appId: row.app_id,
        version: row.version,
        before: parse(row.before),
        after: parse(row.after),
        reason: row.reason,
      }));
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
