import { createStore } from 'zustand/vanilla';

/**
 * The portal's languages: Bahasa Indonesia (`id`, the default) and English (`en`).
 *
 * @example
 * const locale: Locale = 'en';
 */
export type Locale = 'id' | 'en';

/**
 * State the shell shares with every remote; the SDK is a shared singleton, so there is one store per page.
 *
 * @example
 * const { locale }: ShellState = shellStore.getState();
 */
export interface ShellState {
  /** The language the person chose. */
  locale: Locale;
  /** Switches the language; the shell's language buttons call it. */
  setLocale(locale: Locale): void;
}

/**
 * The shell's shared state. Remotes read it (`useShellState` in `@bas/sdk/react`); the shell writes it.
 *
 * @example
 * const unsubscribe = shellStore.subscribe((state) => render(state.locale));
 */
export const shellStore = createStore<ShellState>()((set) => ({
  locale: 'id',
  setLocale: (locale) => set({ locale }),
}));
