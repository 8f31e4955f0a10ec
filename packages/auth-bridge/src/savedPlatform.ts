/**
 * The platform functions the bridge calls, taken when this module is first evaluated. The shell evaluates it before
 * it loads any remote, so a remote that later replaces `postMessage`, `addEventListener` or the `data` getter on
 * their prototypes can neither read nor forge what passes between the shell and the auth frame.
 */
const apply = Reflect.apply;
// `instanceof` without the class's own Symbol.hasInstance, which a script could redefine.
const hasInstance = Function.prototype[Symbol.hasInstance];
const isInstance = (value: unknown, type: unknown) =>
  type !== undefined && apply(hasInstance, type, [value]) === true;
// The classes themselves are kept too: a script could replace the globals with look-alikes.
const PortType = globalThis.MessagePort as typeof MessagePort | undefined;
const WindowType = globalThis.Window as typeof Window | undefined;
const EventType = globalThis.MessageEvent as typeof MessageEvent | undefined;
const portPost = PortType?.prototype.postMessage;
const windowPost = WindowType?.prototype.postMessage;
// Looked up through each kind of target's own prototype chain: test DOMs have an EventTarget of their own.
const portListen = PortType?.prototype.addEventListener;
const windowListen = WindowType?.prototype.addEventListener;
const dataGetter = EventType ? Object.getOwnPropertyDescriptor(EventType.prototype, 'data')?.get : undefined;
const originGetter = EventType
  ? Object.getOwnPropertyDescriptor(EventType.prototype, 'origin')?.get
  : undefined;

export function postToPort(port: MessagePort, message: unknown, transfer: Transferable[] = []): void {
  if (portPost !== undefined && isInstance(port, PortType)) apply(portPost, port, [message, transfer]);
  else port.postMessage(message, transfer);
}

/** `target.postMessage(message, targetOrigin, transfer)` for a window, as it was before any remote ran. */
export function postToWindow(
  target: Window,
  message: unknown,
  targetOrigin: string,
  transfer: Transferable[] = [],
): void {
  // Window is a global interface: postMessage lives on each window, not on the prototype. The frame's window is
  // another origin's, whose methods no script of this page can replace.
  if (windowPost === undefined) target.postMessage(message, targetOrigin, transfer);
  else apply(windowPost, target, [message, targetOrigin, transfer]);
}

export function onMessage(target: MessagePort | Window, listener: (event: MessageEvent) => void): void {
  const saved = isInstance(target, PortType)
    ? portListen
    : isInstance(target, WindowType)
      ? windowListen
      : undefined;
  if (saved === undefined) target.addEventListener('message', listener as EventListener);
  else apply(saved, target, ['message', listener]);
}

export function dataOf(event: MessageEvent): unknown {
  return dataGetter !== undefined && isInstance(event, EventType) ? apply(dataGetter, event, []) : event.data;
}

export function originOf(event: MessageEvent): string {
  return originGetter !== undefined && isInstance(event, EventType)
    ? (apply(originGetter, event, []) as string)
    : event.origin;
}
