import { useTexts } from '../i18n/useTexts.ts';
import { useLocation } from 'react-router';
import { useSessionStore } from './sessionStore.ts';
import { requestLogin } from './shellAuth.ts';

/**
 * Says when signing in is not possible, a session ended, or a refresh waits for the identity provider; offers to sign
 * in again where that helps. Never redirects by itself.
 */
export function AuthNotice() {
  const t = useTexts();
  const location = useLocation();
  const notice = useSessionStore((state) => state.notice);
  if (notice === null) return null;
  return (
    <div className="auth-notice" role="alert" data-notice={notice}>
      <p>{t.auth[notice]}</p>
      {/* Still signed in: the frame retries the refresh by itself, and signing in again would not help. */}
      {notice !== 'refreshDelayed' && (
        <button type="button" onClick={() => void requestLogin(location.pathname + location.search)}>
          {t.auth.retry}
        </button>
      )}
    </div>
  );
}
