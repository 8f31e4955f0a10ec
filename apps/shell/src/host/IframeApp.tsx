import type { ManifestEntry } from '@bas/manifest';
import { useEffect, useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { ShellError, type ShellErrorCode } from '../errors/ShellError.ts';
import { causeOf } from '../rum/causeOf.ts';
import { startOpen, type OpenAttempt } from '../rum/startOpen.ts';
import { RemoteFailure } from './RemoteFailure.tsx';

type IframeEntry = Extract<ManifestEntry, { kind: 'iframe' }>;

interface IframeAppProps {
  entry: IframeEntry;
  name: string;
  title: string;
  timeoutMs: number;
}

/**
 * What the sandbox allows: scripts, forms and the site's own origin (its cookies, so same-site apps reuse the SSO
 * session), downloads and dialogs. Downloads and alert/confirm/prompt are what legacy apps use for their exports and
 * "Are you sure?" steps; neither reaches the portal: a file is saved by the browser's own download UI, and a
 * dialog is drawn by the browser, blocks only while open and names the frame's site ("An embedded page at … says").
 * Popups, top navigation and the like stay off.
 */
const sandbox = 'allow-scripts allow-forms allow-same-origin allow-downloads allow-modals';

/** How tall a frame may be made: the height an app asks for, when it is a number of pixels, within these bounds. */
function frameHeight(height: unknown): number | undefined {
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return undefined;
  return Math.min(Math.max(height, 200), 20_000);
}

/**
 * A legacy app in a sandboxed frame. An app whose address is on the portal's own origin is refused: with
 * `allow-scripts` and `allow-same-origin` on the portal's origin, the framed page could remove its own sandbox and
 * reach the portal. An app that posts `{ type: 'bas:resize', height }` gets a frame as tall as its content; a frame
 * that has not loaded within the timeout, or whose site does not answer, shows the same fallback as a federated app.
 * Each opening is reported like a federated app's: loaded, or failed and why.
 */
export function IframeApp(props: IframeAppProps) {
  if (new URL(props.entry.url).origin === window.location.origin) return <SameOriginRefusal {...props} />;
  return <SandboxedFrame {...props} />;
}

function SameOriginRefusal({ entry, timeoutMs }: IframeAppProps) {
  const [open] = useState(() => startOpen(entry.id));
  useEffect(() => open.failed(causeOf('REMOTE_SAME_ORIGIN')), [open]);
  return (
    <RemoteFailure
      entry={entry}
      error={
        new ShellError(
          'REMOTE_SAME_ORIGIN',
          `${entry.id} is on the portal's own origin (${entry.url}), where its frame's sandbox would not hold.`,
        )
      }
      timeoutMs={timeoutMs}
    />
  );
}

function SandboxedFrame({ entry, name, title, timeoutMs }: IframeAppProps) {
  const t = useTexts();
  const frame = useRef<HTMLIFrameElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  // The site answered the check beside the frame: a `load` then is the app's page, not the browser's error page.
  const [reached, setReached] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const open = useRef<OpenAttempt>(undefined);
  const [height, setHeight] = useState<number>();

  useEffect(() => {
    const origin = new URL(entry.url).origin;
    const onMessage = (event: MessageEvent<{ type?: unknown; height?: unknown } | null>) => {
      if (event.origin !== origin || event.source !== frame.current?.contentWindow) return;
      const asked = event.data?.type === 'bas:resize' ? frameHeight(event.data.height) : undefined;
      if (asked !== undefined) setHeight(asked);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [entry.url]);

  // Each attempt (a retry is another) is one opening, timed from here.
  useEffect(() => {
    open.current = startOpen(entry.id);
  }, [entry.id, attempt]);

  const failure: ShellErrorCode | undefined = unreachable
    ? 'REMOTE_UNREACHABLE'
    : timedOut && !loaded
      ? 'REMOTE_TIMEOUT'
      : undefined;
  useEffect(() => {
    if (failure !== undefined) open.current?.failed(causeOf(failure));
    else if (loaded && reached) open.current?.mounted();
  }, [failure, loaded, reached]);

  useEffect(() => {
    if (loaded) return;
    const timer = setTimeout(() => setTimedOut(true), timeoutMs);
    return () => clearTimeout(timer);
  }, [loaded, timeoutMs, attempt]);

  useEffect(() => {
    // A frame fires `load` for the browser's own error page too, so whether the site answers at all is asked beside
    // it: an opaque answer of any status means it does; a network error means it does not.
    const stopped = new AbortController();
    fetch(entry.url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', signal: stopped.signal }).then(
      () => {
        if (!stopped.signal.aborted) setReached(true);
      },
      () => {
        if (!stopped.signal.aborted) setUnreachable(true);
      },
    );
    return () => stopped.abort();
  }, [entry.url, attempt]);

  if (failure !== undefined) {
    return (
      <RemoteFailure
        entry={entry}
        error={
          failure === 'REMOTE_UNREACHABLE'
            ? new ShellError(failure, `${entry.url} did not answer.`)
            : new ShellError(failure, `${entry.id} did not load in its frame.`)
        }
        timeoutMs={timeoutMs}
        onRetry={() => {
          setTimedOut(false);
          setUnreachable(false);
          setReached(false);
          setLoaded(false);
          setAttempt((count) => count + 1);
        }}
      />
    );
  }
  return (
    <>
      {!loaded && <p role="status">{t.app.loading({ name })}</p>}
      <iframe
        key={attempt}
        ref={frame}
        className="app-frame"
        src={entry.url}
        title={title}
        sandbox={sandbox}
        referrerPolicy="strict-origin-when-cross-origin"
        style={height === undefined ? undefined : { height }}
        onLoad={() => setLoaded(true)}
      />
    </>
  );
}
