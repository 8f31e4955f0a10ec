import { z } from 'zod';
import { climbsOutOfApp } from '../climbsOutOfApp.ts';
import { lifeEvents } from '../vocabulary.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) => z.strictObject({ id: text(max), en: text(max) });

const step = z.strictObject({
  title: localized(80),
  /** The catalog entry that provides this step. */
  app: z.string().regex(/^[a-z][a-z0-9-]{0,48}[a-z0-9]$/),
  /** Where in that app the step starts, relative to its route (`baru?jenis=kk`); the app's start when left out. */
  path: z
    .string()
    .regex(/^(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/)
    .refine((path) => !climbsOutOfApp(path))
    .optional(),
  /** What to have at hand before starting: documents, numbers, people. */
  needs: z.array(localized(160)).min(1).max(8),
  /** What happens after this step, and how long it takes. */
  next: localized(240),
});

/**
 * A life event as a journey: the services a person needs, in the order they need them. A step refers to a
 * catalog entry by id; that the entry exists is checked against the catalog (`validateJourneys`).
 */
export const lifeEventJourneySchema = z.strictObject({
  event: z.enum(lifeEvents),
  intro: localized(300),
  steps: z.array(step).min(1).max(8),
});

export type LifeEventJourney = z.infer<typeof lifeEventJourneySchema>;
export type JourneyStep = LifeEventJourney['steps'][number];
