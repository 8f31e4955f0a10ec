import type { ManifestEntry } from '@bas/manifest';
import { sdkVersion } from '@bas/sdk';
import type { ShellError } from '../errors/ShellError.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { OfflineAlternative } from './OfflineAlternative.tsx';

export interface RemoteFailureProps {
  entry: ManifestEntry;
  error: ShellError;
  timeoutMs: number;
  /** Left out when trying again cannot help (the entry itself is refused). */
  onRetry?: () => void;
}

/**
 * What a person sees in an app's area when the app cannot run; the rest of the portal is untouched. It offers
 * every other way to the service: trying again, the app's own address, and the office (`offline` in its entry).
 */
export function RemoteFailure({ entry, error, timeoutMs, onRetry }: RemoteFailureProps) {
  const t = useTexts();
  const localized = useLocalized();
  const appName = localized(entry.name);
  const declared = entry.kind === 'federated' ? entry.sdkVersion : undefined;
  // A legacy or linked app's own address is the one the portal shows; a federated app may have one beside it.
  const standaloneUrl = entry.kind === 'federated' ? entry.standaloneUrl : entry.url;
  const reason =
    {
      REMOTE_TIMEOUT: t.app.timeout({ seconds: Math.round(timeoutMs / 1000) }),
      REMOTE_CONTRACT: t.app.contract,
      REMOTE_SDK_INCOMPATIBLE: t.app.sdkIncompatible({ declared: declared ?? '?', provided: sdkVersion }),
      REMOTE_CRASHED: t.app.crashed,
      REMOTE_CIRCUIT_OPEN: t.app.circuitOpen,
      REMOTE_INTEGRITY: t.app.integrity,
      REMOTE_NOT_ALLOWED: t.app.notAllowed,
      REMOTE_SAME_ORIGIN: t.app.sameOrigin,
      AUTH_FRAME_UNAVAILABLE: t.app.authFrameUnavailable,
    }[error.code as string] ?? t.app.unreachable;
  return (
    <div className="remote-failure" role="alert" data-error-code={error.code}>
      <h2>{t.app.failedTitle({ name: appName })}</h2>
      <p>{reason}</p>
      <p>{t.app.rest}</p>
      <div className="failure-actions">
        {onRetry !== undefined && (
          <button type="button" onClick={onRetry}>
            {t.app.retry}
          </button>
        )}
        {standaloneUrl !== undefined && (
          <a href={standaloneUrl} target="_blank" rel="noopener noreferrer">
            {t.app.standalone({ name: appName })}
          </a>
        )}
      </div>
      <OfflineAlternative entry={entry} />
    </div>
  );
}
