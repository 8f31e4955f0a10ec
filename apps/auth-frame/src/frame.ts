import {
  connectMessage,
  dataOf,
  onMessage,
  originOf,
  postToWindow,
  readyMessage,
  serveAuthRequests,
  type SessionState,
} from '@bas/auth-bridge';
import { createFrameSession } from './createFrameSession.ts';
import { loadFrameConfig } from './loadFrameConfig.ts';

const config = loadFrameConfig();
let connected = false;

// The portal page connects once, right after it loaded this frame and before it runs any app's code; a later
// connect (a script of the page trying to talk to the frame itself) is ignored.
onMessage(window, (event) => {
  const data = dataOf(event) as { type?: string } | null;
  const [port] = event.ports;
  if (connected || data?.type !== connectMessage || event.source !== window.parent || port === undefined)
    return;
  connected = true;
  // A held Web Lock keeps the page out of the back-forward cache: a page that ran one agency's code must never come
  // back alive once the tab has moved on to another agency (the binding would hand that code the other's token).
  void navigator.locks?.request(`bas-frame-${crypto.randomUUID()}`, () => new Promise<never>(() => {}));
  const portalOrigin = originOf(event);
  void config.then(
    (settings) => {
      if (!settings.portalOrigins.includes(portalOrigin)) {
        console.error(`The auth frame serves ${settings.portalOrigins.join(', ')}, not ${portalOrigin}.`);
        return;
      }
      let announce: (state: SessionState) => void = () => {};
      const handlers = createFrameSession(settings, {
        origin: window.location.origin,
        portalOrigin,
        announce: (state) => announce(state),
      });
      announce = serveAuthRequests(port, handlers);
    },
    (error: unknown) => console.error('The auth frame could not read its configuration.', error),
  );
});

// Tells the embedding page that the frame listens; the message carries nothing else.
postToWindow(window.parent, { type: readyMessage }, '*');
