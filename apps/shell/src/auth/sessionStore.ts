import type { SessionState } from '@bas/auth-bridge';
import type { UserProfile } from '@bas/sdk';
import { create } from 'zustand';

export type AuthStatus =
  /** check-sso has not answered yet; the public portal is already usable. */
  | 'checking'
  | 'anonymous'
  | 'authenticated'
  /** The identity provider did not answer: signing in is offered again with a retry. */
  | 'unavailable'
  /** No identity provider is configured. */
  | 'disabled';

export type AuthNotice = NonNullable<SessionState['notice']> | null;

export interface AuthState {
  status: AuthStatus;
  user: UserProfile | undefined;
  notice: AuthNotice;
}

/** Who is signed in, for the shell's UI. Tokens are not in here: they stay inside the session object. */
export const useSessionStore = create<AuthState>()(() => ({
  status: 'checking',
  user: undefined,
  notice: null,
}));
