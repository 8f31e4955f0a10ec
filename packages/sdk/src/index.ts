// The remote contract
export type { RemoteContext, RemoteModule, Unmount } from './contract.ts';
export { isRemoteModule } from './isRemoteModule.ts';
export { resolveAppPath } from './resolveAppPath.ts';
export { sdkVersion, isCompatibleSdkVersion } from './sdkVersion.ts';
export { createLocaleService } from './createLocaleService.ts';
// Shell services
export type {
  AuthService,
  LocaleService,
  NavigationService,
  NotificationService,
  NotificationTone,
  ShellLocation,
  TelemetryData,
  TelemetryService,
  UserProfile,
} from './contract.ts';
export { shellStore } from './shellStore.ts';
export type { Locale, ShellState } from './shellStore.ts';
