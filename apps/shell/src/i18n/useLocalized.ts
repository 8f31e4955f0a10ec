import type { ManifestEntry } from '@bas/manifest';
import { useShellState } from '@bas/sdk/react';

export type LocalizedText = ManifestEntry['name'];

/** Picks the current language's text from a manifest field that carries both. */
export function useLocalized(): (text: LocalizedText) => string {
  const locale = useShellState((state) => state.locale);
  return (text) => text[locale];
}
