import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireDeveloperOrAdmin, requireVisibleApp } from '../auth/requireActor.ts';
import { dayOf, type DayCount, type ProbeStore } from '../monitor/createProbeStore.ts';
import type { RegistryContext } from '../RegistryContext.ts';
import type { SloStore } from '../slo/createSloStore.ts';
import { defaultObjectives } from '../slo/objectivesOf.ts';
import { sloFigures, type Attempts } from '../slo/sloFigures.ts';

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;

const burnRate = z.number().nullable();
const figures = (what: string, fallback: number) =>
  z.object({
    objective: z
      .number()
      .describe(`percent of ${what} the app promises: its entry's \`objectives\`, or ${fallback}`),
    measured: z.number().nullable().describe(`percent of ${what} this UTC month; null before any`),
    budgetRemaining: z
      .number()
      .nullable()
      .describe(
        "the share of this month's error budget left (the failures the objective allows of the month's attempts so far): 1 with no failure, below 0 past the budget; null before any attempt",
      ),
    burnRates: z
      .object({ '1h': burnRate, '6h': burnRate, '30d': burnRate })
      .describe(
        "each window's failure ratio over the one the objective allows (1 spends the budget exactly in a month); null without attempts in it",
      ),
  });

const sloAnswer = z.object({
  app: z.string(),
  month: z.string().describe('the UTC month measured, `2026-12`'),
  availability: figures("the monitor's probes that pass", defaultObjectives.availability),
  loadSuccess: figures("people's openings in the portal that mount", defaultObjectives.loadSuccess),
});

/** The probes and failures of the days from `firstDay` on. */
const sumDays = (days: readonly DayCount[], firstDay: string): Attempts =>
  days
    .filter((row) => row.day >= firstDay)
    .reduce((sum, row) => ({ total: sum.total + row.probes, failed: sum.failed + row.probes - row.ok }), {
      total: 0,
      failed: 0,
    });

/**
 * `GET /api/apps/:id/slo`: how an app does this UTC month against its objectives (the entry's `objectives`, or the
 * defaults), for its agency's developers and the admins. Availability from the monitor's probes, load success from
 * people's openings of it in the portal (real-user monitoring).
 */
export function sloRoutes(
  { store, userFrom }: RegistryContext,
  probes: ProbeStore,
  slo: SloStore,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:id/slo',
      {
        schema: {
          summary:
            "An app's service levels this month: objectives, error budget and burn rates (its agency's developers, admins)",
          description:
            "Availability is the share of the monitor's probes that passed this UTC month (its burn rates over the last hour and six hours from the raw probes, over 30 days from the daily counts); load success the share of people's openings in the portal that mounted. The error budget is the failures the objective allows of the month's attempts so far. Another agency's app gets the answer of an absent one.",
          tags: ['status'],
          security: [{ bearer: [] }],
          params: z.object({
            id: z.string().min(1).max(50, { error: 'must be at most 50 characters, as app ids are' }),
          }),
          response: { 200: sloAnswer },
        },
      },
      async (request) => {
        const { id } = request.params;
        // Who may read first, then the app: an app of another agency gets the answer of an absent one.
        const actor = requireDeveloperOrAdmin(
          await userFrom(request.headers.authorization),
          id,
          "read an app's service levels",
        );
        requireVisibleApp(actor, await store.getApp(id));
        const now = new Date();
        const until = now.toISOString();
        const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
        const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
        // 30 UTC days with today, as the daily counts go.
        const thirtyDaysFrom = dayOf(ago(29 * dayMs));
        const monthFrom = dayOf(monthStart);
        const firstDay = monthFrom < thirtyDaysFrom ? monthFrom : thirtyDaysFrom;
        const [objectives, days, lastHour, lastSixHours, opens] = await Promise.all([
          slo.objectives(id),
          probes.dayCounts(firstDay, id),
          slo.probes(id, ago(hourMs)),
          slo.probes(id, ago(6 * hourMs)),
          Promise.all([
            slo.opens(id, monthStart, until),
            slo.opens(id, ago(hourMs), until),
            slo.opens(id, ago(6 * hourMs), until),
            slo.opens(id, ago(30 * dayMs), until),
          ]),
        ]);
        const [openMonth, openHour, openSixHours, openThirtyDays] = opens;
        return {
          app: id,
          month: monthStart.slice(0, 7),
          availability: sloFigures(objectives.availability, sumDays(days, monthFrom), {
            '1h': lastHour,
            '6h': lastSixHours,
            '30d': sumDays(days, thirtyDaysFrom),
          }),
          loadSuccess: sloFigures(objectives.loadSuccess, openMonth, {
            '1h': openHour,
            '6h': openSixHours,
            '30d': openThirtyDays,
          }),
        };
      },
    );
  };
}
