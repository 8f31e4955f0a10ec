import type { Locale, LocaleService } from '../contract.ts';

/**
 * A language a host keeps itself and can switch: the harness's language buttons, a test's `setLocale`, a standalone
 * page. Listeners hear only real changes.
 *
 * @example
 * const locale = createLocaleSwitch('id');
 * locale.set('en');
 */
export function createLocaleSwitch(initial: Locale): LocaleService & {
  /** Switches the language and tells every listener. */
  set(locale: Locale): void;
  /** How many listeners are subscribed now (0 after a clean unmount). */
  readonly listeners: number;
} {
  let current = initial;
  const listeners = new Set<(locale: Locale) => void>();
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next) {
      if (next === current) return;
      current = next;
      listeners.forEach((listener) => listener(next));
    },
    get listeners() {
      return listeners.size;
    },
  };
}
