import type { Locale } from '@bas/sdk';
import { SurveySendError } from './api/SurveySendError.ts';
import { texts } from './texts.ts';

/**
 * What to tell the person when their answer was not taken, in the language they read it in (it is redrawn when
 * they switch): how long to wait, whom to tell, or to check the connection; always that the answers are kept.
 * `owner` is the survey's owner (its catalog entry), whom a refusal that persists should reach.
 */
export function sendProblem(error: unknown, owner: string): (locale: Locale) => string {
  return (locale) => {
    const t = texts[locale];
    if (!(error instanceof SurveySendError)) return t.network;
    switch (error.kind) {
      case 'too-many':
        return t.tooMany(error.retryAfterSeconds ?? 60);
      case 'refused':
        return t.refused(error.status, owner);
      case 'unavailable':
        return t.unavailable(error.status);
      case 'network':
        return t.network;
    }
  };
}
