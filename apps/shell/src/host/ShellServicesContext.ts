import type { NavigationService, RemoteHost } from '@bas/sdk';
import { createContext, useContext } from 'react';
import type { AppHost } from './appHost.ts';

/** The services the shell hands every remote it mounts, before they are scoped to one app. */
export interface ShellServices {
  navigation: NavigationService;
  /** The auth service for one agency's apps: its token is for that agency's API only. */
  authFor(agency: string): RemoteHost['auth'];
  /** Binds the tab to `agency` before its code runs; false when the page is being replaced (see bindAgency). */
  bind(agency: string, path: string): Promise<boolean>;
  /** Opens apps: the one host of the federation runtime. */
  apps: AppHost;
}

export const ShellServicesContext = createContext<ShellServices | null>(null);

export function useShellServices(): ShellServices {
  const services = useContext(ShellServicesContext);
  if (services === null) throw new Error('useShellServices() needs a ShellServicesContext provider.');
  return services;
}
