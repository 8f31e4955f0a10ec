import type { RegistryDatabase } from '@bas/registry';
import { insertInBatches, noise } from './fillMonitoringHistory.ts';

/** The nine elements' scores of an answer, U1 to U9, as the registry stores them. */
const elements = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

/**
 * A year of satisfaction survey answers of the apps `ids`, as the registry stores them (`survey_answers`): per app
 * from 20 to about 400, received at fixed, uneven moments of the UTC year `period`, each element scored 1 to 4, mostly
 * 3 and 4. Written an app at a time in one transaction; returns how many.
 */
export async function fillSurveyAnswers(
  db: RegistryDatabase['db'],
  ids: readonly string[],
  period: string,
): Promise<number> {
  const start = Date.UTC(Number(period), 0, 1);
  const yearMs = Date.UTC(Number(period) + 1, 0, 1) - start;
  let answers = 0;
  await db.transaction().execute(async (trx) => {
    for (const [app, appId] of ids.entries()) {
      const rows = Array.from({ length: 20 + Math.round(noise(app, 0, 20) * 380) }, (_, answer) => ({
        app_id: appId,
        period,
        received_at: new Date(start + Math.floor(noise(app, answer, 21) * yearMs)).toISOString(),
        ...(Object.fromEntries(
          elements.map((element, index) => {
            const draw = noise(app, answer, 22 + index);
            return [element, draw < 0.05 ? 1 : draw < 0.2 ? 2 : draw < 0.65 ? 3 : 4];
          }),
        ) as Record<(typeof elements)[number], number>),
      }));
      await insertInBatches(rows, (batch) => trx.insertInto('survey_answers').values(batch).execute());
      answers += rows.length;
    }
  });
  return answers;
}
