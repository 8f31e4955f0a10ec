import { useEffect } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { useLocation } from 'react-router';
import { useSessionStore } from './sessionStore.ts';
import { requestLogin } from './shellAuth.ts';

/**
 * For a page that needs a signed-in person: while the session is checked it waits, an anonymous visitor is sent to
 * sign in and brought back here, and a signed-in person who lacks `allowed` sees "not for your account".
 */
export function RequireSignIn({
  allowed,
  children,
  forbidden,
}: {
  allowed: (roles: readonly string[]) => boolean;
  children: React.ReactNode;
  forbidden: React.ReactNode;
}) {
  const t = useTexts();
  const location = useLocation();
  const { status, user } = useSessionStore();
  const mustSignIn = status === 'anonymous';
  useEffect(() => {
    if (mustSignIn) void requestLogin(location.pathname + location.search);
  }, [mustSignIn, location.pathname, location.search]);
  if (status === 'checking') return <p role="status">{t.auth.checking}</p>;
  if (mustSignIn) return <p role="status">{t.auth.redirecting}</p>;
  // The identity provider is down: AuthNotice above says so and offers to try again.
  if (status === 'unavailable') return null;
  if (status !== 'authenticated' || user === undefined) return <>{forbidden}</>;
  return allowed(user.roles) ? <>{children}</> : <>{forbidden}</>;
}
