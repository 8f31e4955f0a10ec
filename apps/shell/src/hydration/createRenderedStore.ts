import { useStore } from 'zustand';
import { createStore, type StateCreator } from 'zustand/vanilla';

/**
 * A zustand store and its hook, for state the portal's server sets before it renders the home (the catalog, the
 * language, the texts). On the server React reads a store's "server snapshot", which zustand takes from the
 * store's initial state; here it is the current state, so the server renders what it set, and the browser, which
 * starts from the same data, hydrates the same markup.
 */
export function createRenderedStore<T>(initializer: StateCreator<T>) {
  const store = createStore<T>()(initializer);
  const rendered = { ...store, getInitialState: () => store.getState() };
  function useRenderedStore(): T;
  function useRenderedStore<U>(selector: (state: T) => U): U;
  function useRenderedStore<U>(selector?: (state: T) => U): T | U {
    return useStore(rendered, selector ?? ((state: T): T | U => state));
  }
  return Object.assign(useRenderedStore, store);
}
