import * as z from 'zod/mini';
import { ratedServicesOf, type RatedService } from './ratedServicesOf.ts';
import { SurveySendError } from './SurveySendError.ts';

/** How long the portal may take to answer before the person is told and may send again. */
const timeoutMs = 15_000;
/** The thanks wait this long at most for the index, a figure they can do without. */
const indexTimeoutMs = 5000;

const satisfactionAnswer = z.object({
  period: z.string(),
  answers: z.number(),
  ikm: z.nullable(z.number()),
  grade: z.nullable(z.enum(['A', 'B', 'C', 'D'])),
});

/** A service's satisfaction index this year, as the registry computes it (IKM 25 to 100, grade A to D). */
export type Satisfaction = z.infer<typeof satisfactionAnswer>;

/**
 * The portal's own API (the registry, under `/api/` on the portal's origin), which the survey calls without any
 * token: the catalog everyone sees, and anonymous answers. Never the app's agency token, which is for Diskominfo's
 * API and which the registry would refuse.
 */
export function createPortalApi(apiBase: string) {
  const call = (path: string, init: RequestInit = {}, waitMs = timeoutMs) =>
    fetch(new URL(path, apiBase), {
      ...init,
      headers: { accept: 'application/json', ...init.headers },
      signal: AbortSignal.timeout(waitMs),
    });
  return {
    /** The catalog's services the survey can rate; rejects when the catalog cannot be read. */
    async services(surveyId: string): Promise<RatedService[]> {
      const response = await call('manifest');
      if (!response.ok) {
        throw new Error(
          `The portal answered HTTP ${response.status} to /api/manifest: check that the registry is up and routed under /api/.`,
        );
      }
      return ratedServicesOf(await response.json(), surveyId);
    },
    /** Sends one anonymous answer; rejects with a {@link SurveySendError} saying why it was not taken. */
    async send(appId: string, scores: readonly number[]): Promise<void> {
      let response: Response;
      try {
        response = await call(`apps/${encodeURIComponent(appId)}/survey-answers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scores }),
        });
      } catch {
        throw new SurveySendError('network', 0);
      }
      if (response.ok) return;
      if (response.status === 429) {
        const seconds = Number(response.headers.get('retry-after'));
        throw new SurveySendError('too-many', 429, Number.isFinite(seconds) && seconds > 0 ? seconds : 60);
      }
      throw new SurveySendError(response.status < 500 ? 'refused' : 'unavailable', response.status);
    },
    /**
     * This year's index of the service, or undefined when the portal does not answer it: the registry shows it to
     * the service's own agency and to admins, and the thanks need no figure.
     */
    async satisfaction(appId: string): Promise<Satisfaction | undefined> {
      const response = await call(`apps/${encodeURIComponent(appId)}/satisfaction`, {}, indexTimeoutMs).catch(
        () => undefined,
      );
      if (response?.ok !== true) return undefined;
      const read = satisfactionAnswer.safeParse(await response.json().catch(() => undefined));
      return read.success ? read.data : undefined;
    },
  };
}

export type PortalApi = ReturnType<typeof createPortalApi>;
