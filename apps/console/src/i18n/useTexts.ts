import { en } from './en.ts';
import { id, type Messages } from './id.ts';
import { useLocale } from './LocaleContext.ts';

const texts = { id, en };

/** The console's texts in the chosen language. */
export function useTexts(): Messages {
  return texts[useLocale().locale];
}
