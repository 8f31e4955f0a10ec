import { createRemoteContext, type Unmount } from '@bas/sdk';
import { useEffect, useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import type { FederatedEntry } from '@bas/manifest';
import { overrideParameter } from '@bas/manifest/overrides';
import { ShellError } from '../errors/ShellError.ts';
import { clearBanners } from '../notices/noticeStore.ts';
import { causeOf } from '../rum/causeOf.ts';
import type { OpenAttempt } from '../rum/startOpen.ts';
import { createShellHost } from './createShellHost.ts';
import { useShellServices } from './ShellServicesContext.ts';
import { RemoteFailure } from './RemoteFailure.tsx';

type OutletState = { status: 'loading' } | { status: 'mounted' } | { status: 'failed'; error: ShellError };

/**
 * The failure as the shell names it: its own, or the app's error as a crash, which keeps what the app threw in its
 * message (the telemetry an operator reads, and the developer console, say what went wrong, not only that it did).
 */
function crashed(entry: FederatedEntry, cause: unknown): ShellError {
  if (cause instanceof ShellError) return cause;
  const thrown = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return new ShellError('REMOTE_CRASHED', `${entry.id} failed while running: ${thrown}`, { cause });
}

/**
 * Loads an app and mounts it into an element of its own. Every way an app can fail (down, hanging, throwing while
 * mounting, throwing later while rendering) ends in the fallback here; the parent remounts this component (new
 * `key`) to retry. `open` is told how the opening ended: mounted, or why it failed before that (a crash the app
 * reports once mounted is no failed opening; telemetry counts it).
 */
export function RemoteOutlet({
  entry,
  onRetry,
  open,
}: {
  entry: FederatedEntry;
  onRetry(): void;
  open: OpenAttempt;
}) {
  const t = useTexts();
  const localized = useLocalized();
  const services = useShellServices();
  const hostRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<OutletState>({ status: 'loading' });

  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    let active = true;
    let unmount: Unmount | undefined;
    const fail = (cause: unknown) => {
      if (!active) return;
      const error = crashed(entry, cause);
      console.error(error);
      open.failed(causeOf(error.code));
      context.telemetry.error(error, { code: error.code });
      setState({ status: 'failed', error });
    };
    const context = createRemoteContext(entry, createShellHost(services, entry.agency, fail));
    // The tab is bound to the app's agency before any of its code runs; when another agency's code already ran in
    // this page, the page is replaced (the switch page) and nothing loads here.
    services
      .bind(entry.agency, window.location.pathname + window.location.search)
      .then((bound) => (bound && active ? services.apps.open(entry, host, context) : undefined))
      .then((mounted) => {
        if (mounted === undefined) return;
        // Closed while it loaded: the app goes again at once.
        if (!active) return mounted();
        unmount = mounted;
        open.mounted();
        setState({ status: 'mounted' });
      })
      .catch(fail);
    return () => {
      active = false;
      unmount?.();
      clearBanners(entry.id);
    };
  }, [entry, services, open]);

  const localBuild = services.apps.localBuildOf(entry);
  return (
    <>
      {localBuild !== undefined && (
        <p role="note" className="local-build">
          {t.app.localBuild({ address: localBuild })}{' '}
          <a href={`?${overrideParameter}=off`}>{t.app.stopLocalBuild}</a>
        </p>
      )}
      {state.status === 'loading' && (
        <p role="status" className="remote-loading">
          {t.app.loading({ name: localized(entry.name) })}
        </p>
      )}
      {state.status === 'failed' && (
        <RemoteFailure
          entry={entry}
          error={state.error}
          timeoutMs={services.apps.timeoutMs}
          onRetry={onRetry}
        />
      )}
      <div ref={hostRef} className="remote-host" data-app={entry.id} hidden={state.status === 'failed'} />
    </>
  );
}
