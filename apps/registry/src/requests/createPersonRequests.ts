import { requestRetentionDays, type RequestReportBody } from '@bas/manifest/requests';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { RegistryError } from '../errors/RegistryError.ts';

/** One of the person's requests, as the portal's "Permohonan saya" page shows it. */
export interface PersonRequest extends RequestReportBody {
  appId: string;
  id: string;
  /** False while a step is still current or upcoming: what the header's badge counts. */
  finished: boolean;
  createdAt: string;
  updatedAt: string;
}

/** More than a person follows at once in one app: a bound on what an app's code can pile up in their name. */
export const requestsPerApp = 100;

const dayMs = 24 * 3600 * 1000;

/**
 * The person's requests across apps, keyed by their token's `sub`. Every read and write takes the person's key
 * first, so no call reaches another person's rows; rows not updated within the retention are deleted on each.
 */
export function createPersonRequests(db: Kysely<Database>, now: () => Date = () => new Date()) {
  async function forgetExpired(): Promise<void> {
    const before = new Date(now().getTime() - requestRetentionDays * dayMs).toISOString();
    await db.deleteFrom('person_requests').where('updated_at', '<', before).execute();
  }

  return {
    /** Adds the request, or updates it when the app reported the same id before. */
    async put(person: string, appId: string, requestId: string, report: RequestReportBody): Promise<void> {
      await forgetExpired();
      const at = now().toISOString();
      const open = report.steps.some((step) => step.state !== 'done') ? 1 : 0;
      const known = await db
        .selectFrom('person_requests')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('person', '=', person)
        .where('app_id', '=', appId)
        .where('request_id', '!=', requestId)
        .executeTakeFirstOrThrow();
      if (Number(known.count) >= requestsPerApp) {
        throw new RegistryError(
          'LIMIT_REACHED',
          `${appId} already keeps ${requestsPerApp} requests for this person: update one of them (the same id) instead of adding more. Requests are deleted ${requestRetentionDays / 365} years after their last update.`,
        );
      }
      await db
        .insertInto('person_requests')
        .values({
          person,
          app_id: appId,
          request_id: requestId,
          report: JSON.stringify(report),
          open,
          created_at: at,
          updated_at: at,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['person', 'app_id', 'request_id'])
            .doUpdateSet({ report: JSON.stringify(report), open, updated_at: at }),
        )
        .execute();
    },

    /** The person's requests, the last updated first; with `agency`, those of that agency's apps only. */
    async list(person: string, agency?: string): Promise<PersonRequest[]> {
      await forgetExpired();
      let query = db
        .selectFrom('person_requests')
        .selectAll('person_requests')
        .where('person_requests.person', '=', person);
      if (agency !== undefined) {
        query = query
          .innerJoin('apps', 'apps.id', 'person_requests.app_id')
          .where('apps.agency', '=', agency);
      }
      const rows = await query
        .orderBy('person_requests.updated_at', 'desc')
        .orderBy('person_requests.app_id')
        .orderBy('person_requests.request_id')
        .execute();
      return rows.map((row) => ({
        ...(JSON.parse(row.report) as RequestReportBody),
        appId: row.app_id,
        id: row.request_id,
        finished: Number(row.open) === 0,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }));
    },
  };
}

export type PersonRequests = ReturnType<typeof createPersonRequests>;
