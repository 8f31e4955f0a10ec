import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';

export function NotForYourAccount() {
  const t = useTexts();
  return (
    <section className="not-for-you" aria-labelledby="not-for-you-title">
      <h1 id="not-for-you-title">{t.forbidden.title}</h1>
      <p>{t.forbidden.body}</p>
      <Link to="/">{t.notFound.back}</Link>
    </section>
  );
}
