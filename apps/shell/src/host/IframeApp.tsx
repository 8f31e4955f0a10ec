import type { ManifestEntry } from '@bas/manifest';
import { useEffect, useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { ShellError } from '../errors/ShellError.ts';
import { RemoteFailure } from './RemoteFailure.tsx';

type IframeEntry = Extract<ManifestEntry, { kind: 'iframe' }>;

/**
 * A legacy app in a sandboxed frame. The sandbox allows what same-site apps that reuse the SSO session need, and
 * no more; an app that posts `{ type: 'bas:resize', height }` gets a frame as tall as its content; a frame that
 * has not loaded within the timeout, or whose site does not answer, shows the same fallback as a federated app.
 */
export function IframeApp({
  entry,
  name,
  title,
  timeoutMs,
}: {
  entry: IframeEntry;
  name: string;
  title: string;
  timeoutMs: number;
}) {
  const t = useTexts();
  const frame = useRef<HTMLIFrameElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [height, setHeight] = useState<number>();

  useEffect(() => {
    const origin = new URL(entry.url).origin;
    const onMessage = (event: MessageEvent<{ type?: unknown; height?: unknown }>) => {
      if (event.origin !== origin || event.source !== frame.current?.contentWindow) return;
      if (event.data.type === 'bas:resize' && typeof event.data.height === 'number') {
        setHeight(Math.min(Math.max(event.data.height, 200), 20_000));
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [entry.url]);

  useEffect(() => {
    if (loaded) return;
    const timer = setTimeout(() => setTimedOut(true), timeoutMs);
    return () => clearTimeout(timer);
  }, [loaded, timeoutMs, attempt]);

  useEffect(() => {
    // A frame fires `load` for the browser's own error page too, so whether the site answers at all is asked beside
    // it: an opaque answer of any status means it does; a network error means it does not.
    const stopped = new AbortController();
    fetch(entry.url, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', signal: stopped.signal }).catch(
      () => {
        if (!stopped.signal.aborted) setUnreachable(true);
      },
    );
    return () => stopped.abort();
  }, [entry.url, attempt]);

  if (unreachable || (timedOut && !loaded)) {
    return (
      <RemoteFailure
        entry={entry}
        error={
          unreachable
            ? new ShellError('REMOTE_UNREACHABLE', `${entry.url} did not answer.`)
            : new ShellError('REMOTE_TIMEOUT', `${entry.id} did not load in its frame.`)
        }
        timeoutMs={timeoutMs}
        onRetry={() => {
          setTimedOut(false);
          setUnreachable(false);
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
        sandbox="allow-scripts allow-forms allow-same-origin"
        referrerPolicy="strict-origin-when-cross-origin"
        style={height === undefined ? undefined : { height }}
        onLoad={() => setLoaded(true)}
      />
    </>
  );
}
