import { useTexts } from '../i18n/useTexts.ts';
import { useLocation } from 'react-router';
import { useHydrated } from '../hydration/useHydrated.ts';
import { useSessionStore } from './sessionStore.ts';
import { requestLogin, requestLogout } from './shellAuth.ts';

/** Sign in / the signed-in person and sign out, in the header. */
export function AuthControls() {
  const t = useTexts();
  const location = useLocation();
  const { status, user } = useSessionStore();
  const hydrated = useHydrated();
  if (status === 'disabled') return null;
  if (status === 'authenticated' && user !== undefined) {
    return (
      <div className="auth-controls">
        <span className="user-name" data-username={user.username}>
          {t.auth.signedInAs({ name: user.name })}
        </span>
        <button type="button" onClick={() => void requestLogout()}>
          {t.auth.logout}
        </button>
      </div>
    );
  }
  return (
    <div className="auth-controls">
      <button
        type="button"
        aria-busy={status === 'checking'}
        disabled={!hydrated}
        onClick={() => void requestLogin(location.pathname + location.search)}
      >
        {t.auth.login}
      </button>
    </div>
  );
}
