import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

interface PersonalLists {
  /** App ids the person starred, newest first. */
  favourites: string[];
  /** App ids the person opened, most recent first. */
  recent: string[];
  toggleFavourite(id: string): void;
  opened(id: string): void;
}

const storageKey = 'bas.personal';
const recentLimit = 8;

function stored(): Pick<PersonalLists, 'favourites' | 'recent'> {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<
      Record<'favourites' | 'recent', unknown>
    >;
    const ids = (list: unknown) =>
      Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
    return { favourites: ids(value.favourites), recent: ids(value.recent).slice(0, recentLimit) };
  } catch {
    return { favourites: [], recent: [] };
  }
}

/**
 * Favourites and recently used apps, kept on this device (localStorage), so they survive the sign-in redirect and
 * the next visit. Only ids are kept; what is shown is always what the current catalog allows. (Two lines of
 * storage rather than zustand's persist middleware: as a shared module that costs 5 KB of first-paint JavaScript.)
 */
const personalLists = createStore<PersonalLists>()((set) => ({
  ...stored(),
  toggleFavourite: (id) =>
    set((state) => ({
      favourites: state.favourites.includes(id)
        ? state.favourites.filter((favourite) => favourite !== id)
        : [id, ...state.favourites],
    })),
  opened: (id) =>
    set((state) => ({ recent: [id, ...state.recent.filter((other) => other !== id)].slice(0, recentLimit) })),
}));

// The server renders no one's lists: hydrating the page it rendered starts from none, then shows this device's. With
// none on the device, the very same state, so hydrating does not render the home page twice.
const onDevice = personalLists.getState();
const rendered =
  onDevice.favourites.length === 0 && onDevice.recent.length === 0
    ? onDevice
    : { ...onDevice, favourites: [], recent: [] };
const hydratingStore = { ...personalLists, getInitialState: () => rendered };

function usePersonalListsState<T = PersonalLists>(
  select: (state: PersonalLists) => T = (state) => state as T,
): T {
  return useStore(hydratingStore, select);
}

/** The lists as a hook (with an optional selector), with the store's getState and setState. */
export const usePersonalLists = Object.assign(usePersonalListsState, personalLists);

personalLists.subscribe(({ favourites, recent }) => {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ favourites, recent }));
  } catch {
    // Storage full or disabled: the lists last for this visit only.
  }
});
