import { Button, Notice } from '@bas/ui/react';
import { useLocale } from '../i18n/LocaleContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { BarePage } from '../layout/BarePage.tsx';
import type { ConsoleSession, SessionState } from './createConsoleSession.ts';

/** Nobody is signed in: what the console is, why a session ended, and the way in (back to this very page). */
export function SignInPage({
  session,
  notice,
}: {
  session: ConsoleSession;
  notice: Extract<SessionState, { status: 'signed-out' }>['notice'];
}) {
  const t = useTexts();
  const { locale } = useLocale();
  return (
    <BarePage title={t.auth.signInTitle}>
      {notice !== undefined && (
        <Notice tone={notice === 'sessionEnded' ? 'info' : 'warning'} role="status">
          {t.auth[notice]}
        </Notice>
      )}
      <p>{t.auth.signInBody}</p>
      <p>
        <Button onClick={() => void session.signIn(locale)}>{t.auth.signIn}</Button>
      </p>
    </BarePage>
  );
}
