import { Notice } from '@bas/ui/react';
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { FlashContext, type Announce } from './FlashContext.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The signed-in console's frame: skip link, header, navigation (a menu button on narrow screens), and the page. */
export function Layout() {
  const t = useTexts();
  const { user, refreshDelayed } = useConsole();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [flash, setFlash] = useState<{ message: string; path: string }>();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  // After a navigation the focus moves to the new page, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
  }, [pathname]);
  const announce: Announce = (message, path = pathname) => setFlash({ message, path });

  const links = [
    ...(user.isAdmin ? [{ to: '/antrean', label: t.nav.queue }] : []),
    { to: '/katalog', label: t.nav.catalog },
    ...(user.isAdmin
      ? [
          { to: '/audit', label: t.nav.audit },
          { to: '/spbe', label: t.nav.spbe },
        ]
      : []),
  ];
  return (
    <div className="console">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="console-header">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            BAS
          </span>
          {t.brand}
        </NavLink>
        <div className="header-tools">
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      <nav className="console-nav" aria-label={t.nav.label}>
        <button
          type="button"
          className="nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="console-nav-links"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t.nav.menu}
        </button>
        <ul id="console-nav-links" data-open={menuOpen}>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} onClick={() => setMenuOpen(false)}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} ref={main} className="console-main">
        {refreshDelayed && (
          <Notice tone="warning" role="status">
            {t.auth.refreshDelayed}
          </Notice>
        )}
        <div role="status" className="flash">
          {flash?.path === pathname && <Notice tone="success">{flash.message}</Notice>}
        </div>
        <FlashContext value={announce}>
          <Outlet />
        </FlashContext>
      </main>
      <footer className="console-footer">{t.footer}</footer>
    </div>
  );
}
