import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { agencyNames } from '../common/agencyNames.ts';

/** Who is signed in and in which capacity, and the way out. */
export function AccountMenu() {
  const t = useTexts();
  const { user, session } = useConsole();
  const role = user.isAdmin
    ? t.auth.admin
    : t.auth.developer({ agency: agencyNames.short(user.agency ?? '?') });
  return (
    <div className="account">
      <span className="account-name">{t.auth.account({ name: user.name, role })}</span>
      <button type="button" onClick={() => void session.signOut()}>
        {t.auth.signOut}
      </button>
    </div>
  );
}
