import type { Locale } from '@bas/sdk';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AuthControls } from '../auth/AuthControls.tsx';
import { AuthNotice } from '../auth/AuthNotice.tsx';
import { focusHeadingAfterSignIn } from '../auth/signInReturn.ts';
import { useSessionStore } from '../auth/sessionStore.ts';
import { useHydrated } from '../hydration/useHydrated.ts';
import { RequestsLink } from '../requests/RequestsLink.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { CatalogNotice } from './CatalogNotice.tsx';

const locales: Locale[] = ['id', 'en'];

/** The shell's frame: skip link, header, language switch, navigation, and the page. */
export function Layout() {
  const t = useTexts();
  const locale = useLocaleStore((state) => state.locale);
  const isAsn = useSessionStore((state) => state.user?.roles.includes('asn') === true);
  const signedIn = useSessionStore((state) => state.status === 'authenticated');
  const { pathname } = useLocation();
  const hydrated = useHydrated();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After a navigation, focus moves to the new content, so keyboard and screen-reader users start there, without
  // scrolling the header and search away on a phone. Scrolling is ScrollRestoration's: a new page starts at its
  // top, Back returns to where the person was. Back from signing in, focus goes to the page's heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (main.current !== null) focusHeadingAfterSignIn(main.current);
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="shell-header">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            BAS
          </span>
          <span>{t.brand}</span>
        </NavLink>
        <SearchBox />
        <AuthControls />
        <div className="language" role="group" aria-label={t.language.label}>
          {locales.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              disabled={!hydrated}
              aria-pressed={locale === code}
              title={t.language[code]}
              onClick={() => useLocaleStore.getState().setLocale(code)}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      <nav className="shell-nav" aria-label={t.nav.label}>
        <ul>
          <li>
            <NavLink to="/" end>
              {t.nav.home}
            </NavLink>
          </li>
          {signedIn && (
            <li>
              <RequestsLink />
            </li>
          )}
          {isAsn && (
            <li>
              <NavLink to="/ruang-kerja">{t.nav.workspace}</NavLink>
            </li>
          )}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} ref={main}>
        <AuthNotice />
        <CatalogNotice />
        <Outlet />
      </main>
      <footer className="shell-footer">{t.footer}</footer>
      <ScrollRestoration />
    </>
  );
}
