import type { Locale } from '@bas/sdk';
import { useEffect } from 'react';
import { createRenderedStore } from '../hydration/createRenderedStore.ts';
import { id, type Messages } from './id.ts';
import { useLocaleStore } from './localeStore.ts';

// Bahasa Indonesia ships with the first paint; English is fetched the first time someone chooses it.
const useLoadedTexts = createRenderedStore<Partial<Record<Locale, Messages>>>(() => ({ id }));
const fetchers: Record<Exclude<Locale, 'id'>, () => Promise<Messages>> = {
  en: async () => (await import('./en.ts')).en,
};

/** Makes texts available at once: the server renderer, which cannot wait for a fetch, has them all. */
export function provideTexts(texts: Partial<Record<Locale, Messages>>): void {
  useLoadedTexts.setState(texts);
}

/** Fetches a language's texts if they are not here yet; the shell calls it at start for a stored choice. */
export async function loadTexts(locale: Locale): Promise<void> {
  if (locale === 'id' || useLoadedTexts.getState()[locale] !== undefined) return;
  const texts = await fetchers[locale]();
  useLoadedTexts.setState({ [locale]: texts });
}

/**
 * The shell's texts in the portal's language, which every remote follows through its context. Until
 * a newly chosen language has arrived (one small request), the texts stay in Bahasa Indonesia.
 */
export function useTexts(): Messages {
  const locale = useLocaleStore((state) => state.locale);
  const texts = useLoadedTexts((loaded) => loaded[locale]);
  useEffect(() => {
    if (texts === undefined) void loadTexts(locale);
  }, [locale, texts]);
  return texts ?? id;
}
