import { lifeEventJourneySchema } from './lifeEventJourneySchema.ts';

/**
 * What is wrong with a list of journeys, as sentences: schema errors, an event described twice, and steps that
 * name an app the catalog does not have (a journey must never send a person to a page that does not exist).
 */
export function validateJourneys(journeys: readonly unknown[], catalogIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  journeys.forEach((journey, index) => {
    const parsed = lifeEventJourneySchema.safeParse(journey);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`journey ${index}, field ${issue.path.join('.')}: ${issue.message}`);
      }
      return;
    }
    const { event, steps } = parsed.data;
    if (seen.has(event)) problems.push(`journey ${index}: "${event}" is described twice; keep one`);
    seen.add(event);
    steps.forEach((step, at) => {
      if (!catalogIds.has(step.app)) {
        problems.push(
          `journey "${event}" step ${at + 1}: no catalog entry "${step.app}"; use an existing app id`,
        );
      }
    });
  });
  return problems;
}
