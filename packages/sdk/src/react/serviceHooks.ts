import type { ManifestEntry } from '@bas/manifest';
import type {
  AuthService,
  NavigationService,
  NotificationService,
  SurveyService,
  TelemetryService,
} from '@bas/sdk';
import { useRemoteContext } from './RemoteContextProvider.tsx';

/**
 * Toasts and banners in the shell's style.
 *
 * @example
 * const notifications = useNotifications();
 * notifications.toast('Permohonan terkirim', { tone: 'success' });
 */
export function useNotifications(): NotificationService {
  return useRemoteContext().notifications;
}

/**
 * Events and handled errors, attributed to this app by the shell.
 *
 * @example
 * const telemetry = useTelemetry();
 * telemetry.event('permohonan-dikirim', { document: 'kk' });
 */
export function useTelemetry(): TelemetryService {
  return useRemoteContext().telemetry;
}

/**
 * The shell's navigation, for what the app's router cannot do: opening another app of the catalog.
 *
 * @example
 * const navigation = useNavigation();
 * return <button onClick={() => navigation.openApp('aduan-warga')}>Buat aduan</button>;
 */
export function useNavigation(): NavigationService {
  return useRemoteContext().navigation;
}

/**
 * Sign-in as the app sees it: an access token for API calls, and asking the shell to sign the person in.
 *
 * @example
 * const auth = useAuth();
 * const token = await auth.getAccessToken();
 */
export function useAuth(): AuthService {
  return useRemoteContext().auth;
}

/**
 * The satisfaction survey about this app, which the shell offers once a transaction is complete.
 *
 * @example
 * const survey = useSurvey();
 * await api.submit(request);
 * survey.request().catch((error) => telemetry.error(error));
 */
export function useSurvey(): SurveyService {
  return useRemoteContext().survey;
}

/**
 * The app's own catalog entry: its name, agency, version and status as the registry serves them.
 *
 * @example
 * const { name } = useAppEntry();
 * return <h1>{name[useLocale()]}</h1>;
 */
export function useAppEntry(): ManifestEntry {
  return useRemoteContext().entry;
}
