import * as z from 'zod/mini';

/** A service of the portal's catalog the survey can rate, as much of its entry as the survey shows. */
export interface RatedService {
  id: string;
  route: string;
  name: { id: string; en: string };
}

const ratedEntry = z.object({
  id: z.string().check(z.minLength(1)),
  route: z.string().check(z.minLength(1)),
  name: z.object({ id: z.string(), en: z.string() }),
  // Answers are anonymous, and the registry keeps an anonymous answer for a public app only.
  role: z.literal('public'),
});

/**
 * The services of the catalog `/api/manifest` answered that the survey can rate: public entries other than the
 * survey itself (`surveyId`), in the catalog's order. An entry the survey cannot read is left out, as the shell
 * leaves it out; a body without `entries` is no catalog at all.
 */
export function ratedServicesOf(body: unknown, surveyId: string): RatedService[] {
  const entries = (body as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries))
    throw new Error(
      'The portal answered /api/manifest without an "entries" list: route the portal\'s /api/ to the registry.',
    );
  return entries.flatMap((entry: unknown) => {
    const read = ratedEntry.safeParse(entry);
    if (!read.success || read.data.id === surveyId) return [];
    const { id, route, name } = read.data;
    return [{ id, route, name: { id: name.id, en: name.en } }];
  });
}
