import type { ReactNode } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { PageHeading } from './PageHeading.tsx';

/**
 * A page outside the signed-in console (checking the session, signing in, a setting that cannot be used): the same
 * landmarks and skip link as every page, with no navigation to offer yet.
 */
export function BarePage({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const t = useTexts();
  return (
    <div className="console">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="console-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            BAS
          </span>
          {t.brand}
        </span>
        <div className="header-tools">
          <LanguageSwitch />
          {actions}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="console-main">
        <PageHeading text={title} />
        {children}
      </main>
      <footer className="console-footer">{t.footer}</footer>
    </div>
  );
}
