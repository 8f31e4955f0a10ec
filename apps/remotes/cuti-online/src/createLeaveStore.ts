import type { AuthService } from '@bas/sdk';
import { createApiClient } from '@bas/sdk/http';
import { createStore } from 'zustand/vanilla';
import type { FiledLeave, LeaveBalance, LeaveRequest } from './api/leave.ts';

export interface LeaveState {
  status: 'loading' | 'ready' | 'failed';
  balance?: LeaveBalance;
  requests: FiledLeave[];
  /** Why loading failed, to show with a retry. */
  failure?: string | undefined;
  /** Loads the balance and the requests together, so they never disagree on screen. */
  load(): Promise<void>;
  /** Files a request; on success the balance and the list are reloaded from the API, which decides both. */
  submit(request: LeaveRequest): Promise<FiledLeave>;
}

/**
 * The app's state in one zustand store, created per mount (so a second mount starts clean): the balance, the
 * requests, and the calls that change them. zustand is the shell's singleton, so the remote adds no copy of it.
 */
export function createLeaveStore(apiBase: string, auth: AuthService) {
  const api = createApiClient(auth, { baseUrl: apiBase, service: 'Cuti Online BKPSDM' });
  return createStore<LeaveState>()((set, get) => ({
    status: 'loading',
    requests: [],
    async load() {
      set({ status: 'loading' });
      try {
        const [balance, { requests }] = await Promise.all([
          api.get<LeaveBalance>('cuti/saldo'),
          api.get<{ requests: FiledLeave[] }>('cuti'),
        ]);
        set({ status: 'ready', balance, requests, failure: undefined });
      } catch (error) {
        set({ status: 'failed', failure: (error as Error).message });
        throw error;
      }
    },
    async submit(request) {
      const filed = await api.post<FiledLeave>('cuti', request);
      await get().load();
      return filed;
    },
  }));
}

export type LeaveStore = ReturnType<typeof createLeaveStore>;
