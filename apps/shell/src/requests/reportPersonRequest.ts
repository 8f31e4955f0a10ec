import type { RequestReport } from '@bas/sdk';
import { sendRequestReport } from '../auth/shellAuth.ts';
import { useSessionStore } from '../auth/sessionStore.ts';
import { loadPersonRequests } from './usePersonRequests.ts';

/**
 * The shell's side of `context.requests.report`: `appId` is the one the shell mounted the app with, never one the
 * app names. The report is checked here, so the app's developer gets the reason at once, then kept by the auth
 * frame for the person signed in; the header's count follows.
 */
export async function reportPersonRequest(
  agency: string,
  appId: string,
  request: RequestReport,
): Promise<void> {
  if (useSessionStore.getState().status !== 'authenticated') {
    throw new Error('Nobody is signed in: a request is kept for a signed-in person only.');
  }
  // The schema (and zod) load with the first report, not with the portal's first paint.
  const { checkRequestReport } = await import('@bas/manifest/requests');
  const checked = checkRequestReport(request);
  if (!checked.ok) throw new Error(`The request report was refused: ${checked.problem}.`);
  // What was checked is what is sent: an object with getters could answer the check one way and the copy another.
  // (The schema's type says an absent date may be `undefined`, which JSON leaves out just the same.)
  await sendRequestReport(agency, appId, checked.report as RequestReport);
  void loadPersonRequests();
}
