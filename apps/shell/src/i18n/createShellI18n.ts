import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { shellStore } from '@bas/sdk';
import { en, id } from './locales.ts';

/**
 * The shell's translations. The language itself lives in the SDK's shared store, so the shell and every remote
 * switch together: this instance follows the store, and so does `<html lang>`.
 */
export function createShellI18n(): i18n {
  const instance = i18next.createInstance();
  const { locale } = shellStore.getState();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'id',
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  document.documentElement.lang = locale;
  shellStore.subscribe((state, previous) => {
    if (state.locale === previous.locale) return;
    void instance.changeLanguage(state.locale);
    document.documentElement.lang = state.locale;
  });
  return instance;
}
