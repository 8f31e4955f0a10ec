// The remote contract
export type { Locale, RemoteContext, RemoteModule, Unmount } from './contract.ts';
export { isRemoteModule } from './isRemoteModule.ts';
export { sdkVersion, isCompatibleSdkVersion } from './sdkVersion.ts';
// Hosts: the one way a remote's context is made
export { createRemoteContext } from './createRemoteContext.ts';
export type { RemoteHost, TelemetryRecord } from './createRemoteContext.ts';
export { apiOriginsOf } from './apiOriginsOf.ts';
export { appBasePath } from './appBasePath.ts';
export { appPath } from './appPath.ts';
export { resolveAppPath } from './resolveAppPath.ts';
// Shell services
export type {
  AuthService,
  LocaleService,
  LocalizedText,
  NavigationService,
  NotificationService,
  NotificationTone,
  RequestReport,
  RequestStep,
  RequestsService,
  ShellLocation,
  SurveyRequestOutcome,
  SurveyService,
  TelemetryData,
  TelemetryService,
  UserProfile,
} from './contract.ts';
