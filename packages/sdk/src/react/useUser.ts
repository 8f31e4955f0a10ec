import { useSyncExternalStore } from 'react';
import type { UserProfile } from '@bas/sdk';
import { useRemoteContext } from './RemoteContextProvider.tsx';

/**
 * The signed-in person (or undefined), re-rendering when they sign in or out.
 *
 * @example
 * const user = useUser();
 * return user ? <p>Halo, {user.name}</p> : <button onClick={useRemoteContext().auth.login}>Masuk</button>;
 */
export function useUser(): UserProfile | undefined {
  const { auth } = useRemoteContext();
  return useSyncExternalStore(auth.subscribe, auth.getUser);
}
