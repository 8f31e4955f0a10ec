import { z } from 'zod';

/** An app's service-level objectives, in percent: of probes that pass, and of people's openings that mount. */
export interface Objectives {
  availability: number;
  loadSuccess: number;
}

/** What every app is held to when its entry names no objectives (`objectives` in @bas/manifest). */
export const defaultObjectives: Objectives = { availability: 99.5, loadSuccess: 99 };

const percent = z.number().min(90).max(99.999).optional();
// Read loosely: an entry stored before `objectives` existed, or one whose objectives no longer pass, is held to the
// defaults rather than making the app's figures unreadable.
const declared = z.object({
  objectives: z.object({ availability: percent, loadSuccess: percent }).optional(),
});

/** The objectives a stored entry declares, each one the default where it names none. */
export function objectivesOf(entry: unknown): Objectives {
  const parsed = declared.safeParse(entry);
  const objectives = parsed.success ? parsed.data.objectives : undefined;
  return {
    availability: objectives?.availability ?? defaultObjectives.availability,
    loadSuccess: objectives?.loadSuccess ?? defaultObjectives.loadSuccess,
  };
}
