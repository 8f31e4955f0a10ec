import {
  connectMessage,
  createAuthClient,
  dataOf,
  onMessage,
  originOf,
  postToWindow,
  readyMessage,
  type AuthClient,
} from '@bas/auth-bridge';

/**
 * Loads the auth frame from its own origin and connects to it: once the frame says it listens, the page keeps one
 * end of a new `MessageChannel` and hands the other to the frame, with the frame's origin as the only target.
 * Runs before any app's code, so the port and the functions used here are the page's own.
 */
export function connectAuthFrame(frameOrigin: string, timeoutMs: number): Promise<AuthClient> {
  const frame = document.createElement('iframe');
  frame.src = `${frameOrigin}/frame.html`;
  frame.title = 'BAS sign-in';
  frame.hidden = true;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  return new Promise((resolve, reject) => {
    let connected = false;
    const timer = setTimeout(() => {
      connected = true;
      // A frame that answers later is never used; a retry loads a new one.
      frame.remove();
      reject(new Error(`the auth frame at ${frameOrigin} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    onMessage(window, (event) => {
      const target = frame.contentWindow;
      if (connected || target === null || event.source !== target || originOf(event) !== frameOrigin) return;
      if ((dataOf(event) as { type?: unknown } | null)?.type !== readyMessage) return;
      connected = true;
      clearTimeout(timer);
      const channel = new MessageChannel();
      postToWindow(target, { type: connectMessage }, frameOrigin, [channel.port2]);
      resolve(createAuthClient(channel.port1));
    });
    document.body.append(frame);
  });
}
