import { Link } from 'react-router';
import { useTexts } from '../i18n/useTexts.ts';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage() {
  const t = useTexts();
  return (
    <>
      <PageHeading text={t.notFound.title} />
      <p>{t.notFound.body}</p>
      <p>
        <Link to="/">{t.notFound.back}</Link>
      </p>
    </>
  );
}
