import { useTexts } from '../i18n/useTexts.ts';
import { BarePage } from '../layout/BarePage.tsx';
import type { ConsoleUser } from './ConsoleUser.ts';
import type { ConsoleSession } from './createConsoleSession.ts';

/** Signed in, but neither an admin nor a developer: the registry would refuse every call, so the console says why. */
export function NoRolePage({ session, user }: { session: ConsoleSession; user: ConsoleUser }) {
  const t = useTexts();
  return (
    <BarePage
      title={t.auth.noRoleTitle}
      actions={
        <button type="button" onClick={() => void session.signOut()}>
          {t.auth.signOut}
        </button>
      }
    >
      <p>{t.auth.noRoleBody({ username: user.username })}</p>
    </BarePage>
  );
}
