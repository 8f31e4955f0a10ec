import { createContext, useContext, type ReactNode } from 'react';
import type { RemoteContext } from '@bas/sdk';

const RemoteContextContext = createContext<RemoteContext | null>(null);

export function RemoteContextProvider({
  context,
  children,
}: {
  context: RemoteContext;
  children: ReactNode;
}) {
  return <RemoteContextContext value={context}>{children}</RemoteContextContext>;
}

/**
 * The context the shell mounted this remote with.
 *
 * @example
 * const { appId, basePath } = useRemoteContext();
 */
export function useRemoteContext(): RemoteContext {
  const context = useContext(RemoteContextContext);
  if (context === null) {
    throw new Error(
      'useRemoteContext() was called outside a remote: wrap the component with createReactRemote().',
    );
  }
  return context;
}
