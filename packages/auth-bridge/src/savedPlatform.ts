/**
 * The platform functions the bridge calls, taken when this module is first evaluated. The shell evaluates it before
 * it loads any remote, so a remote that later replaces `postMessage`, `addEventListener` or the `data` getter on
 * their prototypes can neither read nor forge what passes between the shell and the auth frame.
 */
const apply = Reflect.apply;
const portPost = globalThis.MessagePort?.prototype.postMessage;
const windowPost = globalThis.Window?.prototype.postMessage;
const listen = EventTarget.prototype.addEventListener;
const dataGetter = globalThis.MessageEvent
  ? Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')?.get
  : undefined;
const originGetter = globalThis.MessageEvent
  ? Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'origin')?.get
  : undefined;

export function postToPort(port: MessagePort, message: unknown, transfer: Transferable[] = []): void {
  if (portPost === undefined) throw new Error('MessagePort is not available in this environment');
  apply(portPost, port, [message, transfer]);
}

/** `target.postMessage(message, targetOrigin, transfer)` for a window, as it was before any remote ran. */
export function postToWindow(
  target: Window,
  message: unknown,
  targetOrigin: string,
  transfer: Transferable[] = [],
): void {
  // Another browsing context's WindowProxy: the saved function works on it as the original method does.
  if (windowPost === undefined) target.postMessage(message, targetOrigin, transfer);
  else apply(windowPost, target, [message, targetOrigin, transfer]);
}

export function onMessage(target: EventTarget, listener: (event: MessageEvent) => void): void {
  apply(listen, target, ['message', listener]);
}

export function dataOf(event: MessageEvent): unknown {
  return dataGetter === undefined ? event.data : apply(dataGetter, event, []);
}

export function originOf(event: MessageEvent): string {
  return originGetter === undefined ? event.origin : (apply(originGetter, event, []) as string);
}
