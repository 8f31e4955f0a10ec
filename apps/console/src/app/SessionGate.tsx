import { useState, useSyncExternalStore } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { RegistryApi } from '../api/registryApi.ts';
import type { ConsoleSession } from '../auth/createConsoleSession.ts';
import { NoRolePage } from '../auth/NoRolePage.tsx';
import { SignInPage } from '../auth/SignInPage.tsx';
import { CheckingPage } from './CheckingPage.tsx';
import { consoleRoutes } from './consoleRoutes.tsx';
import { ConsoleServicesContext } from './ConsoleServicesContext.ts';

/** Shows the console to a signed-in admin or developer, and to anyone else the page that says what to do. */
export function SessionGate({ session, registry }: { session: ConsoleSession; registry: RegistryApi }) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  if (state.status === 'checking') return <CheckingPage />;
  if (state.status === 'signed-out') return <SignInPage session={session} notice={state.notice} />;
  if (!state.user.isAdmin && !state.user.isDeveloper)
    return <NoRolePage session={session} user={state.user} />;
  return (
    <ConsoleServicesContext
      value={{ session, registry, user: state.user, refreshDelayed: state.notice === 'refreshDelayed' }}
    >
      <ConsoleRouter />
    </ConsoleServicesContext>
  );
}

/** Made once signed in: by then the path the person wanted before signing in is back in the address bar. */
function ConsoleRouter() {
  const [router] = useState(() => createBrowserRouter(consoleRoutes));
  return <RouterProvider router={router} />;
}
