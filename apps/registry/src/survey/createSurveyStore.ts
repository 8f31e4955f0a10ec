import type { Kysely } from 'kysely';
import { surveyScoreColumns, type Database, type SurveyScoreColumn } from '../db/schema.ts';
import type { SurveyTotals } from './satisfactionIndex.ts';

/**
 * The satisfaction survey's answers: stored one row each, read back as a period's totals per app (how many answers,
 * each element's scores summed), all the index needs, summed by the database however many answers there are.
 */
export function createSurveyStore(db: Kysely<Database>) {
  return {
    /** Stores one answer received at `receivedAt`, in the period of its UTC year; the caller has checked the app. */
    async record(appId: string, scores: readonly number[], receivedAt: string): Promise<void> {
      await db
        .insertInto('survey_answers')
        .values({
          app_id: appId,
          period: receivedAt.slice(0, 4),
          received_at: receivedAt,
          ...(Object.fromEntries(
            surveyScoreColumns.map((column, index) => [column, scores[index]]),
          ) as Record<SurveyScoreColumn, number>),
        })
        .execute();
    },

    /** The period's totals of every app with answers in it, or of one app (absent without answers). */
    async totals(period: string, appId?: string): Promise<Map<string, SurveyTotals>> {
      let query = db
        .selectFrom('survey_answers')
        .select((eb) => [
          'app_id',
          eb.fn.countAll<number | string>().as('answers'),
          ...surveyScoreColumns.map((column) => eb.fn.sum<number | string>(column).as(column)),
        ])
        .where('period', '=', period)
        .groupBy('app_id');
      if (appId !== undefined) query = query.where('app_id', '=', appId);
      const rows = await query.execute();
      // PostgreSQL answers counts and sums of integers as text (bigint, numeric).
      return new Map(
        rows.map((row) => [
          row.app_id,
          {
            answers: Number(row.answers),
            sums: surveyScoreColumns.map((column) => Number((row as Record<string, unknown>)[column])),
          },
        ]),
      );
    },
  };
}

export type SurveyStore = ReturnType<typeof createSurveyStore>;
