import { shellStore } from '@bas/sdk';

/** Keeps `<html lang>` on the shared store's language, so screen readers pronounce the page in it. */
export function followDocumentLanguage(): void {
  document.documentElement.lang = shellStore.getState().locale;
  shellStore.subscribe((state) => {
    document.documentElement.lang = state.locale;
  });
}
