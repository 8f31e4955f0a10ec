import type { ComponentType } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RemoteModule } from '@bas/sdk';
import { RemoteContextProvider } from './RemoteContextProvider.tsx';
import { ShellRouter } from './ShellRouter.tsx';

/**
 * Wraps a React component in the remote contract. The component gets its own React root inside the element the
 * shell gives it, a router bound to the shell's history (routes are relative to the app's base path), and
 * `useRemoteContext()`. A render error that nothing in the app catches is reported to the shell, which shows its
 * fallback in the app's area.
 *
 * @example
 * // src/remote.tsx, exposed as './App'
 * export const { mount } = createReactRemote(App);
 */
export function createReactRemote(Component: ComponentType): RemoteModule {
  return {
    mount(element, context) {
      const root = createRoot(element, {
        onUncaughtError: (error) => context.reportError(error),
      });
      root.render(
        <StrictMode>
          <RemoteContextProvider context={context}>
            <ShellRouter navigation={context.navigation} basename={context.basePath}>
              <Component />
            </ShellRouter>
          </RemoteContextProvider>
        </StrictMode>,
      );
      return () => root.unmount();
    },
  };
}
