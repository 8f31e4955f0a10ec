import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { PageHeading } from './PageHeading.tsx';

export function NotForYourAccount() {
  const t = useTexts();
  return (
    <section className="not-for-you" aria-labelledby="not-for-you-title">
      <PageHeading id="not-for-you-title" text={t.forbidden.title} />
      <p>{t.forbidden.body}</p>
      <Link to="/">{t.notFound.back}</Link>
    </section>
  );
}
