import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { PageHeading } from './PageHeading.tsx';

/** A page only admins use: a developer who follows a link to it is told so, and where their apps are. */
export function AdminOnly({ page }: { page: ReactNode }) {
  const t = useTexts();
  if (useConsole().user.isAdmin) return page;
  return (
    <>
      <PageHeading text={t.adminOnly.title} />
      <p>{t.adminOnly.body}</p>
      <p>
        <Link to="/katalog">{t.adminOnly.toCatalog}</Link>
      </p>
    </>
  );
}
