import { createStore } from 'zustand/vanilla';

export type Locale = 'id' | 'en';

/** State the shell shares with every remote; the SDK is a shared singleton, so there is one store per page. */
export interface ShellState {
  locale: Locale;
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
