import type { LocaleService } from './contract.ts';
import { shellStore } from './shellStore.ts';

/**
 * The language service over the shared shell state; the shell and every standalone page use the same store.
 *
 * @example
 * const locale = createLocaleService();
 * locale.subscribe((language) => console.log(language));
 */
export function createLocaleService(): LocaleService {
  return {
    get: () => shellStore.getState().locale,
    subscribe: (listener) =>
      shellStore.subscribe((state, previous) => {
        if (state.locale !== previous.locale) listener(state.locale);
      }),
  };
}
