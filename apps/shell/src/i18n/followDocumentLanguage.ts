import { useLocaleStore } from './localeStore.ts';

/** Keeps `<html lang>` on the portal's language, so screen readers pronounce the page in it. */
export function followDocumentLanguage(): void {
  document.documentElement.lang = useLocaleStore.getState().locale;
  useLocaleStore.subscribe((state) => {
    document.documentElement.lang = state.locale;
  });
}
