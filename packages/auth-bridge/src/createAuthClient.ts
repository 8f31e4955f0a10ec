import type { AuthOperation, AuthRequests, SessionState } from './protocol.ts';
import { dataOf, onMessage, postToPort } from './savedPlatform.ts';

/** The page's end of the bridge: requests to the auth frame, and the session changes it announces. */
export interface AuthClient {
  request<K extends AuthOperation>(
    op: K,
    params: AuthRequests[K]['params'],
  ): Promise<AuthRequests[K]['result']>;
  /** Calls `listener` whenever the frame announces a new session state on its own. */
  onSession(listener: (state: SessionState) => void): void;
}

/**
 * Talks to the auth frame over `port`, the end of the `MessageChannel` the page kept. Only the frame holds the other
 * end, so every answer here comes from it; an answer that does not match a request in flight is ignored.
 */
export function createAuthClient(port: MessagePort, timeoutMs = 15_000): AuthClient {
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const sessionListeners: Array<(state: SessionState) => void> = [];
  onMessage(port, (event) => {
    const data = dataOf(event) as {
      id?: unknown;
      ok?: boolean;
      result?: unknown;
      error?: unknown;
      event?: string;
      state?: SessionState;
    };
    if (data.event === 'session' && data.state !== undefined) {
      for (const listener of sessionListeners) listener(data.state);
      return;
    }
    const waiting = typeof data.id === 'number' ? pending.get(data.id) : undefined;
    if (waiting === undefined) return;
    pending.delete(data.id as number);
    if (data.ok === true) waiting.resolve(data.result);
    else waiting.reject(new Error(typeof data.error === 'string' ? data.error : 'the auth frame failed'));
  });
  port.start();
  return {
    request(op, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`the auth frame did not answer "${op}" within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value as never);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        postToPort(port, { id, op, params });
      });
    },
    onSession: (listener) => void sessionListeners.push(listener),
  };
}
