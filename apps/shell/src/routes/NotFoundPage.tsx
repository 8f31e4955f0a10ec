import { useTexts } from '../i18n/useTexts.ts';
import { Link } from 'react-router';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage() {
  const t = useTexts();
  return (
    <>
      <PageHeading text={t.notFound.title} />
      <Link to="/">{t.notFound.back}</Link>
    </>
  );
}
