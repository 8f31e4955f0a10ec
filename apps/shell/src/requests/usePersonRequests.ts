import type { RequestReport } from '@bas/sdk';
import { create } from 'zustand';
import { fetchPersonRequests } from '../auth/shellAuth.ts';
import { useSessionStore } from '../auth/sessionStore.ts';

/** One of the person's requests, as the registry lists them (`GET /api/me/requests`). */
export interface PersonRequest extends Omit<RequestReport, 'steps'> {
  appId: string;
  steps: RequestReport['steps'];
  /** False while a step is still current or upcoming. */
  finished: boolean;
  updatedAt: string;
}

export type PersonRequestsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; requests: PersonRequest[]; retentionDays: number; loadedFor: string }
  | { status: 'failed' };

/** The signed-in person's requests across apps: the header's badge and the "Permohonan saya" page read them here. */
export const usePersonRequests = create<PersonRequestsState>()(() => ({ status: 'idle' }));

/**
 * Loads the person's requests through the auth frame (again after an app reported one). A list fetched for someone
 * who has signed out meanwhile is dropped, never shown to the next person.
 */
export async function loadPersonRequests(): Promise<void> {
  const username = useSessionStore.getState().user?.username;
  if (username === undefined) return usePersonRequests.setState({ status: 'idle' }, true);
  if (usePersonRequests.getState().status !== 'ready')
    usePersonRequests.setState({ status: 'loading' }, true);
  const answer = await fetchPersonRequests().catch(() => undefined);
  if (useSessionStore.getState().user?.username !== username) return;
  const body =
    answer?.status === 200 ? (answer.body as { requests?: unknown; retentionDays?: unknown }) : undefined;
  if (!Array.isArray(body?.requests) || typeof body.retentionDays !== 'number') {
    return usePersonRequests.setState({ status: 'failed' }, true);
  }
  usePersonRequests.setState(
    {
      status: 'ready',
      requests: body.requests as PersonRequest[],
      retentionDays: body.retentionDays,
      loadedFor: username,
    },
    true,
  );
}

// Signing in loads the list (the badge needs its count); signing out forgets it at once.
useSessionStore.subscribe((state, previous) => {
  if (state.user?.username === previous.user?.username) return;
  usePersonRequests.setState({ status: 'idle' }, true);
  if (state.status === 'authenticated') void loadPersonRequests();
});
