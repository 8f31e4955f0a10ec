import { useSyncExternalStore } from 'react';
import type { Locale } from '@bas/sdk';
import { useRemoteContext } from './RemoteContextProvider.tsx';

/**
 * The portal's current language, re-rendering when the person switches it in the shell.
 *
 * @example
 * const locale = useLocale();
 * return <h1>{locale === 'id' ? 'Permohonan' : 'Request'}</h1>;
 */
export function useLocale(): Locale {
  const { locale } = useRemoteContext();
  return useSyncExternalStore(locale.subscribe, locale.get);
}
