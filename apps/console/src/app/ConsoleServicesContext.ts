import { createContext, use } from 'react';
import type { RegistryApi } from '../api/registryApi.ts';
import type { ConsoleUser } from '../auth/ConsoleUser.ts';
import type { ConsoleSession } from '../auth/createConsoleSession.ts';

/** What every page of the signed-in console works with. */
export interface ConsoleServices {
  session: ConsoleSession;
  registry: RegistryApi;
  user: ConsoleUser;
  /** The token could not be renewed yet because the identity provider did not answer; the person is told. */
  refreshDelayed: boolean;
}

export const ConsoleServicesContext = createContext<ConsoleServices | undefined>(undefined);

export function useConsole(): ConsoleServices {
  const services = use(ConsoleServicesContext);
  if (services === undefined)
    throw new Error('useConsole() is used outside the signed-in console (SessionGate)');
  return services;
}
