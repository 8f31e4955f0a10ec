import { useTexts } from '../i18n/useTexts.ts';
import { useLocation } from 'react-router';
import { useSessionStore } from './sessionStore.ts';
import { requestLogin } from './shellAuth.ts';

/** Says when signing in is not possible or a session ended; offers to try again. Never redirects by itself. */
export function AuthNotice() {
  const t = useTexts();
  const location = useLocation();
  const notice = useSessionStore((state) => state.notice);
  if (notice === null) return null;
  return (
    <div className="auth-notice" role="alert" data-notice={notice}>
      <p>{t.auth[notice]}</p>
      <button type="button" onClick={() => void requestLogin(location.pathname + location.search)}>
        {t.auth.retry}
      </button>
    </div>
  );
}
