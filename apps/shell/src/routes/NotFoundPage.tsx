import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';

export function NotFoundPage() {
  const t = useTexts();
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <Link to="/">{t.notFound.back}</Link>
    </>
  );
}
