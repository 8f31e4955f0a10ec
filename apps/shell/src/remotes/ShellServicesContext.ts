import type { AuthService, NavigationService } from '@bas/sdk';
import { createContext, useContext } from 'react';

/** The services the shell hands every remote it mounts, before they are scoped to one app. */
export interface ShellServices {
  navigation: NavigationService;
  auth: AuthService;
}

export const ShellServicesContext = createContext<ShellServices | null>(null);

export function useShellServices(): ShellServices {
  const services = useContext(ShellServicesContext);
  if (services === null) throw new Error('useShellServices() needs a ShellServicesContext provider.');
  return services;
}
