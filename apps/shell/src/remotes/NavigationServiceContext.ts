import type { NavigationService } from '@bas/sdk';
import { createContext, useContext } from 'react';

export const NavigationServiceContext = createContext<NavigationService | null>(null);

export function useNavigationService(): NavigationService {
  const service = useContext(NavigationServiceContext);
  if (service === null) throw new Error('useNavigationService() needs a NavigationServiceContext provider.');
  return service;
}
