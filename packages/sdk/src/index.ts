// The remote contract
export type { RemoteContext, RemoteModule, Unmount } from './contract.ts';
export { isRemoteModule } from './isRemoteModule.ts';
export { createStandaloneContext } from './createStandaloneContext.ts';

// Shell services
export type { AuthService, NavigationService, ShellLocation, UserProfile } from './contract.ts';
export { shellStore } from './shellStore.ts';
export type { Locale, ShellState } from './shellStore.ts';
