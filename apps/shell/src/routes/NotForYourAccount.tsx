import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { useSessionStore } from '../auth/sessionStore.ts';
import { PageHeading } from './PageHeading.tsx';

/**
 * What someone is told on an internal page they may not open: a civil servant of another agency learns whom to
 * ask; a citizen, who has no agency administrator, where their own services are.
 */
export function NotForYourAccount() {
  const t = useTexts();
  const civilServant = useSessionStore((state) => state.user?.roles.includes('asn') === true);
  return (
    <section className="not-for-you" aria-labelledby="not-for-you-title">
      <PageHeading id="not-for-you-title" text={t.forbidden.title} />
      <p>{civilServant ? t.forbidden.body : t.forbidden.citizenBody}</p>
      <Link to="/">{t.notFound.back}</Link>
    </section>
  );
}
