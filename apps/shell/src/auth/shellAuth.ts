import type { AuthService } from '@bas/sdk';
import { useAuth } from './authStore.ts';
import type { Session } from './createSession.ts';

let session: Session | undefined;

/** Connects the session once the configuration has named the identity provider. */
export function attachSession(started: Session): void {
  session = started;
}

export function currentSession(): Session | undefined {
  return session;
}

/**
 * The auth service the shell renders with from the first paint: anonymous until a session is attached, then the
 * session's own. Remotes receive this object, which holds no token of its own.
 */
export const shellAuth: AuthService = {
  getAccessToken: () => session?.auth.getAccessToken() ?? Promise.resolve(undefined),
  getUser: () => useAuth.getState().user,
  subscribe: (listener) =>
    useAuth.subscribe((state, previous) => {
      if (state.user !== previous.user) listener();
    }),
  login: () => session?.auth.login(),
  logout: () => session?.logout(),
};
