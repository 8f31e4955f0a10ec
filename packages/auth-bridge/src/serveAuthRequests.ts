import type { AuthOperation, AuthRequestMessage, AuthRequests, SessionState } from './protocol.ts';
import { dataOf, onMessage, postToPort } from './savedPlatform.ts';

export type AuthHandlers = {
  [K in AuthOperation]: (params: AuthRequests[K]['params']) => Promise<AuthRequests[K]['result']>;
};

const operations = new Set<string>([
  'session',
  'retry',
  'login',
  'logout',
  'bind',
  'binding',
  'token',
  'manifest',
  'catalogCopy',
  'refreshCatalogCopy',
  'reportRequest',
  'requests',
  'telemetry',
] satisfies AuthOperation[]);

function isRequest(data: unknown): data is AuthRequestMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { id, op, params } = data as Record<string, unknown>;
  return (
    typeof id === 'number' &&
    typeof op === 'string' &&
    operations.has(op) &&
    typeof params === 'object' &&
    params !== null
  );
}

/**
 * The frame's end of the bridge: answers each request on `port` with its handler, and returns the function that
 * announces a session change to the page. A handler's error goes back as its message, never as a stack.
 */
export function serveAuthRequests(port: MessagePort, handlers: AuthHandlers): (state: SessionState) => void {
  onMessage(port, (event) => {
    const data = dataOf(event);
    if (!isRequest(data)) return;
    const handle = handlers[data.op] as (params: unknown) => Promise<unknown>;
    handle(data.params).then(
      (result) => postToPort(port, { id: data.id, ok: true, result }),
      (error: unknown) =>
        postToPort(port, {
          id: data.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  });
  port.start();
  return (state) => postToPort(port, { event: 'session', state });
}
