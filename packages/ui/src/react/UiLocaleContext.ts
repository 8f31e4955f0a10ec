import { createContext, use } from 'react';
import { uiTexts, type UiLocale, type UiTexts } from '../uiTexts.ts';

/** The language the kit speaks inside a `UiRoot`; Bahasa Indonesia, the portal's default, outside one. */
export const UiLocaleContext = createContext<UiLocale>('id');

/** The kit's words and the locale they are in, for the kit's components. */
export function useUiTexts(): { locale: UiLocale; t: UiTexts } {
  const locale = use(UiLocaleContext);
  return { locale, t: uiTexts[locale] };
}
