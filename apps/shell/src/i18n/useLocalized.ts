import type { ManifestEntry } from '@bas/manifest';
import { useLocaleStore } from './localeStore.ts';

export type LocalizedText = ManifestEntry['name'];

/** Picks the current language's text from a manifest field that carries both. */
export function useLocalized(): (text: LocalizedText) => string {
  const locale = useLocaleStore((state) => state.locale);
  return (text) => text[locale];
}
