import { createContext, use } from 'react';

/** The console's two languages, Bahasa Indonesia first. */
export type Locale = 'id' | 'en';

export interface LocaleChoice {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const LocaleContext = createContext<LocaleChoice>({ locale: 'id', setLocale: () => undefined });

/** The language the person chose, and the way to change it. */
export function useLocale(): LocaleChoice {
  return use(LocaleContext);
}
