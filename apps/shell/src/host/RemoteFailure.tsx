import { useTexts } from '../i18n/useTexts.ts';
import { sdkVersion } from '@bas/sdk';
import type { ShellError } from '../errors/ShellError.ts';

export interface RemoteFailureProps {
  appName: string;
  /** The app's own address outside the portal, offered as a way around the failure. */
  standaloneUrl?: string | undefined;
  error: ShellError;
  /** The SDK version the app declares, named when the portal cannot run it. */
  sdkVersion?: string | undefined;
  timeoutMs: number;
  onRetry(): void;
}

/** What a person sees in an app's area when the app cannot run; the rest of the portal is untouched. */
export function RemoteFailure({
  appName,
  standaloneUrl,
  error,
  sdkVersion: declared,
  timeoutMs,
  onRetry,
}: RemoteFailureProps) {
  const t = useTexts();
  const reason =
    {
      REMOTE_TIMEOUT: t.app.timeout({ seconds: Math.round(timeoutMs / 1000) }),
      REMOTE_CONTRACT: t.app.contract,
      REMOTE_SDK_INCOMPATIBLE: t.app.sdkIncompatible({ declared: declared ?? '?', provided: sdkVersion }),
      REMOTE_CRASHED: t.app.crashed,
      REMOTE_CIRCUIT_OPEN: t.app.circuitOpen,
      REMOTE_INTEGRITY: t.app.integrity,
      REMOTE_NOT_ALLOWED: t.app.notAllowed,
      AUTH_FRAME_UNAVAILABLE: t.app.authFrameUnavailable,
    }[error.code as string] ?? t.app.unreachable;
  return (
    <div className="remote-failure" role="alert" data-error-code={error.code}>
      <h2>{t.app.failedTitle({ name: appName })}</h2>
      <p>{reason}</p>
      <p>{t.app.rest}</p>
      <div className="failure-actions">
        <button type="button" onClick={onRetry}>
          {t.app.retry}
        </button>
        {standaloneUrl !== undefined && (
          <a href={standaloneUrl} target="_blank" rel="noopener noreferrer">
            {t.app.standalone({ name: appName })}
          </a>
        )}
      </div>
    </div>
  );
}
