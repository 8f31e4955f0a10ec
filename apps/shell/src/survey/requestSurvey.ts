import type { ManifestEntry } from '@bas/manifest';
import { appPath, type SurveyRequestOutcome } from '@bas/sdk';
import { useSessionStore } from '../auth/sessionStore.ts';
import { entriesWithIds } from '../catalog/catalogStore.ts';
import { askedSurveys } from './askedSurveys.ts';
import { personKey } from './personKey.ts';
import { showSurveyInvitation } from './surveyInvitationStore.ts';

/** The city's satisfaction survey (Diskominfo's `skm`): its screen asks the nine elements about a service. */
export const surveyAppId = 'skm';

/**
 * Whether the survey can rate `entry`: a public app other than the survey itself. Answers are anonymous, and the
 * registry keeps an anonymous answer only for an app everyone can see.
 */
const canBeRated = (entry: ManifestEntry) => entry.role === 'public' && entry.id !== surveyAppId;

/**
 * `context.survey.request()` in the shell: invites the person to rate the app `appId`, at most once per person,
 * service and calendar year (UTC), declining included. The ask is remembered on this device only: the registry
 * deliberately does not know who answered (the survey is anonymous), so another device, or cleared storage, may
 * ask again.
 */
export async function requestSurvey(appId: string, now = new Date()): Promise<SurveyRequestOutcome> {
  // An app opened from a link runs from its own entry, before the list: the survey's is asked for by id.
  const found = await entriesWithIds([surveyAppId, appId]).catch(() => new Map<string, ManifestEntry>());
  const survey = found.get(surveyAppId);
  const service = found.get(appId);
  if (survey?.status !== 'active' || service === undefined || !canBeRated(service)) return 'unavailable';
  const session = useSessionStore.getState();
  const person = await personKey(session.status === 'authenticated' ? session.user?.username : undefined);
  const year = String(now.getUTCFullYear());
  const key = `${year}:${person}:${appId}`;
  if (askedSurveys.has(key)) return 'already-asked';
  askedSurveys.add(key, year);
  showSurveyInvitation({ appId, path: appPath(survey.route, `?layanan=${encodeURIComponent(appId)}`) });
  return 'offered';
}
