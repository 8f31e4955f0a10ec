import type { AuthService } from '@bas/sdk';
import { useSessionStore } from './sessionStore.ts';
import type { Session } from './createSession.ts';

let session: Session | undefined;
let settle: (value: Session | undefined) => void = () => {};
// keycloak-js arrives after the first paint; a click on "Masuk" before that waits for it instead of being lost.
const ready = new Promise<Session | undefined>((resolve) => {
  settle = resolve;
});

/** Connects the session once the configuration has named the identity provider (or says there is none). */
export function attachSession(started: Session | undefined): void {
  session = started;
  settle(started);
}

/** Sends the person to sign in, and back to `returnTo` afterwards. */
export async function requestLogin(returnTo: string): Promise<void> {
  await (await ready)?.login(returnTo);
}

export async function requestLogout(): Promise<void> {
  (await ready)?.logout();
}

/**
 * The auth service the shell renders with from the first paint: anonymous until a session is attached, then the
 * session's own. Remotes receive this object, which holds no token of its own.
 */
export const shellAuth: AuthService = {
  getAccessToken: () => session?.auth.getAccessToken() ?? Promise.resolve(undefined),
  getUser: () => useSessionStore.getState().user,
  subscribe: (listener) =>
    useSessionStore.subscribe((state, previous) => {
      if (state.user !== previous.user) listener();
    }),
  login: () => void requestLogin(window.location.pathname + window.location.search),
  logout: () => void requestLogout(),
};
