import type { ManifestEntry } from '@bas/manifest';
import { createLocaleService, resolveAppPath, type RemoteContext } from '@bas/sdk';
import { showBanner, showToast } from '../notices/noticeStore.ts';
import { shellTelemetry } from '../telemetry/shellTelemetry.ts';
import type { ShellServices } from './ShellServicesContext.ts';

function describeError(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message.slice(0, 500) }
    : { name: 'Error', message: String(error).slice(0, 500) };
}

/**
 * The context one app is mounted with: the shell's services seen from that app. Relative paths resolve under the
 * app's base path, and notifications and telemetry carry the app's id, so an app cannot speak as another.
 */
export function createRemoteContext(
  entry: ManifestEntry,
  services: ShellServices,
  reportError: (error: unknown) => void,
): RemoteContext {
  const basePath = `/layanan/${entry.route}`;
  const at = () => new Date().toISOString();
  return {
    appId: entry.id,
    basePath,
    entry,
    navigation: {
      ...services.navigation,
      navigate: (to, options) => services.navigation.navigate(resolveAppPath(basePath, to), options),
    },
    auth: services.auth,
    notifications: {
      toast: (message, options) => showToast(entry.id, message, options?.tone ?? 'info'),
      banner: (message, options) => showBanner(entry.id, message, options?.tone ?? 'info'),
    },
    telemetry: {
      event: (name, data) =>
        shellTelemetry.record({
          appId: entry.id,
          kind: 'event',
          name,
          ...(data ? { data } : {}),
          at: at(),
        }),
      error: (error, data) => {
        const { name, message } = describeError(error);
        shellTelemetry.record({
          appId: entry.id,
          kind: 'error',
          name,
          data: { ...data, message },
          at: at(),
        });
      },
    },
    locale: createLocaleService(),
    reportError,
  };
}
