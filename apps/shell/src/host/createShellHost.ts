import type { RemoteHost } from '@bas/sdk';
import { showBanner, showToast } from '../notices/noticeStore.ts';
import { localeService } from '../i18n/localeStore.ts';
import { shellTelemetry } from '../telemetry/shellTelemetry.ts';
import type { ShellServices } from './ShellServicesContext.ts';
import { ShellError } from '../errors/ShellError.ts';
import { reportPersonRequest } from '../requests/reportPersonRequest.ts';
import { requestSurvey } from '../survey/requestSurvey.ts';

/**
 * How an error is counted: the shell's own failures by what went wrong (`integrity`, `unreachable`, `timeout`,
 * `crashed`, …), so an operator sees at a glance why an app does not open; anything else by its class.
 */
function describeError(error: unknown): { name: string; message: string } {
  // The registry refuses a batch with a value longer than 200 characters.
  if (error instanceof ShellError) {
    const name = error.code
      .replace(/^REMOTE_/, '')
      .toLowerCase()
      .replaceAll('_', '-');
    return { name, message: error.message.slice(0, 200) };
  }
  return error instanceof Error
    ? { name: error.name, message: error.message.slice(0, 200) }
    : { name: 'Error', message: String(error).slice(0, 200) };
}

/**
 * The shell as a host for remotes (`createRemoteContext` in `@bas/sdk` builds each app's context from it):
 * the agency's own token, notices in the shell's toast area and above the app, telemetry in the page's queue to the registry, the
 * person's requests kept through the auth frame, the survey's invitation above the app, and the mounting outlet's
 * fallback when the app reports a failure.
 */
export function createShellHost(
  services: Pick<ShellServices, 'navigation' | 'authFor'>,
  agency: string,
  reportError: (error: unknown) => void,
): RemoteHost {
  const at = () => new Date().toISOString();
  return {
    navigation: services.navigation,
    auth: services.authFor(agency),
    locale: localeService,
    notify(appId, message, { kind, tone }) {
      if (kind === 'banner') return showBanner(appId, message, tone);
      showToast(appId, message, tone);
      return () => {};
    },
    record(appId, record) {
      if (record.kind === 'event') {
        shellTelemetry.record({
          appId,
          kind: 'event',
          name: record.name,
          ...(record.data === undefined ? {} : { data: record.data }),
          at: at(),
        });
        return;
      }
      const { name, message } = describeError(record.error);
      shellTelemetry.record({ appId, kind: 'error', name, data: { ...record.data, message }, at: at() });
    },
    reportError: (_appId, error) => reportError(error),
    // `appId` is the mounted app's, from createRemoteContext: an app reports for itself only.
    reportRequest: (appId, request) => reportPersonRequest(agency, appId, request),
    // Also the mounted app's id: an app asks about itself only.
    requestSurvey: (appId) => requestSurvey(appId),
  };
}
