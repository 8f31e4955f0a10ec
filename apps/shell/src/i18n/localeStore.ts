import type { Locale, LocaleService } from '@bas/sdk';
import { createRenderedStore } from '../hydration/createRenderedStore.ts';
import { localeFromCookie, rememberLocale } from './localeCookie.ts';

interface LocaleState {
  /** The language the person chose. */
  locale: Locale;
  /** Switches the language; the shell's language buttons call it. */
  setLocale(locale: Locale): void;
}

/**
 * The portal's language. The shell owns it; remotes follow it through their context's `locale` service. It starts
 * as the person chose it before (a cookie the server reads too), else Bahasa Indonesia.
 */
export const useLocaleStore = createRenderedStore<LocaleState>((set) => ({
  locale: localeFromCookie(globalThis.document?.cookie) ?? 'id',
  setLocale: (locale) => {
    rememberLocale(locale);
    set({ locale });
  },
}));

/** The language as every mounted app sees it (`context.locale`, `useLocale()` in `@bas/sdk/react`). */
export const localeService: LocaleService = {
  get: () => useLocaleStore.getState().locale,
  subscribe: (listener) =>
    useLocaleStore.subscribe((state, previous) => {
      if (state.locale !== previous.locale) listener(state.locale);
    }),
};
