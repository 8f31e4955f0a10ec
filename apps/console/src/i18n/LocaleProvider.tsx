import { useEffect, useState, type ReactNode } from 'react';
import { LocaleContext, type Locale } from './LocaleContext.ts';

/** Where the choice is kept on this device, so that a reload and a return from sign-in keep it. */
const storageKey = 'bas-console.lang';

function storedLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(storageKey);
  return stored === 'en' ? 'en' : 'id';
}

/** Holds the console's language; `<html lang>` follows it, so screen readers pronounce the page in it. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setChosen] = useState(storedLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = (next: Locale) => {
    localStorage.setItem(storageKey, next);
    setChosen(next);
  };
  return <LocaleContext value={{ locale, setLocale }}>{children}</LocaleContext>;
}
