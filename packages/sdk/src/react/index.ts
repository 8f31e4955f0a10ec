// Wrapping a component as a remote
export { createReactRemote } from './createReactRemote.tsx';
// Hooks for the shell's services
export { useRemoteContext } from './RemoteContextProvider.tsx';
export {
  useAppEntry,
  useAuth,
  useNavigation,
  useNotifications,
  useSurvey,
  useTelemetry,
} from './serviceHooks.ts';
export { useLocale } from './useLocale.ts';
export { useApiResult } from './useApiResult.ts';
export type { ApiResult } from './useApiResult.ts';
export { useUser } from './useUser.ts';
