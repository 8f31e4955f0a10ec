type Listener = Parameters<EventTarget['addEventListener']>[1];

/** What a remote left behind, or did that the contract forbids, while the probes were installed. */
export interface LeakProbes {
  /** Listeners on window or document added and not removed: `'resize' on window`. */
  listeners(): string[];
  /** Timeouts not yet run nor cleared, and intervals not cleared. */
  pendingTimers(): number;
  /** Things the app did around the SDK: writing the shell's history, reading its cookies. */
  bypasses(): string[];
  reset(): void;
  uninstall(): void;
}

const originals = {
  setTimeout: globalThis.setTimeout,
  clearTimeout: globalThis.clearTimeout,
  setInterval: globalThis.setInterval,
  clearInterval: globalThis.clearInterval,
};

/** The real `setTimeout`, for waiting while the probes count the app's timers. */
export const realSleep = (ms: number) => new Promise<void>((resolve) => originals.setTimeout(resolve, ms));

/**
 * Wraps the globals a remote could leak through (listeners on window and document, timers) or bypass the SDK with
 * (the history the shell owns, the shell's cookies, its access token sent outside `apiOrigins`), and counts what
 * happens until `uninstall()`.
 */
export function installLeakProbes(apiOrigins: readonly string[] = []): LeakProbes {
  const listeners = new Map<string, { target: EventTarget; type: string; listener: Listener }>();
  const timers = new Set<unknown>();
  let bypasses: string[] = [];
  const restore: (() => void)[] = [];
  // Replaces a property for the probes' lifetime and puts back exactly what was there (own or inherited).
  const patch = (target: object, name: string, descriptor: PropertyDescriptor) => {
    const own = Object.getOwnPropertyDescriptor(target, name);
    Object.defineProperty(target, name, { configurable: true, writable: true, ...descriptor });
    restore.push(() => {
      if (own === undefined) Reflect.deleteProperty(target, name);
      else Object.defineProperty(target, name, own);
    });
  };
  const key = (target: EventTarget, type: string, listener: Listener) =>
    `${target === window ? 'window' : 'document'}|${type}|${String(listenerIds.get(listener as object) ?? '')}`;
  const listenerIds = new WeakMap<object, number>();
  let nextId = 0;

  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    patch(target, 'addEventListener', {
      value: (type: string, listener: Listener, options?: AddEventListenerOptions | boolean) => {
        if (listener !== null && !listenerIds.has(listener)) listenerIds.set(listener, (nextId += 1));
        listeners.set(key(target, type, listener), { target, type, listener });
        add(type, listener, options);
      },
    });
    patch(target, 'removeEventListener', {
      value: (type: string, listener: Listener, options?: EventListenerOptions | boolean) => {
        listeners.delete(key(target, type, listener));
        remove(type, listener, options);
      },
    });
  }

  const wrapTimer = (name: 'setTimeout' | 'setInterval', repeats: boolean) => {
    const original = originals[name] as (handler: () => void, ms?: number) => unknown;
    (globalThis as Record<string, unknown>)[name] = (
      handler: () => void,
      ms?: number,
      ...rest: unknown[]
    ) => {
      const id: unknown = original(() => {
        if (!repeats) timers.delete(id);
        (handler as (...args: unknown[]) => void)(...rest);
      }, ms);
      timers.add(id);
      return id;
    };
    restore.push(() => ((globalThis as Record<string, unknown>)[name] = originals[name]));
  };
  wrapTimer('setTimeout', false);
  wrapTimer('setInterval', true);
  for (const name of ['clearTimeout', 'clearInterval'] as const) {
    patch(globalThis, name, {
      value: (id: unknown) => {
        timers.delete(id);
        (originals[name] as (id: unknown) => void)(id);
      },
    });
  }

  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    patch(window.history, method, {
      value: (...args: Parameters<History['pushState']>) => {
        bypasses.push(
          `called history.${method}: navigate with context.navigation so the shell's router follows`,
        );
        original(...args);
      },
    });
  }
  const fetchFunction = globalThis.fetch;
  patch(globalThis, 'fetch', {
    value: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location?.href);
      if (/^Bearer /i.test(headers.get('authorization') ?? '') && !apiOrigins.includes(url.origin)) {
        bypasses.push(
          `sent its access token to ${url.origin}, outside its apiOrigins (${apiOrigins.join(', ') || 'none'}): declare the API's origin in apiOrigins, and call it through @bas/sdk/http or context.auth.getAccessTokenFor`,
        );
      }
      return fetchFunction(input, init);
    },
  });
  const cookie = Object.getOwnPropertyDescriptor(document, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get() {
      bypasses.push("read document.cookie: the shell's cookies are not the app's; use context.auth");
      return '';
    },
    set() {
      bypasses.push("wrote document.cookie: keep the app's state in the app, not in the shell's cookies");
    },
  });
  restore.push(() => {
    if (cookie === undefined) delete (document as Partial<Document>).cookie;
    else Object.defineProperty(document, 'cookie', cookie);
  });

  return {
    listeners: () =>
      [...listeners.values()].map(
        ({ target, type }) => `'${type}' on ${target === window ? 'window' : 'document'}`,
      ),
    pendingTimers: () => timers.size,
    bypasses: () => [...bypasses],
    reset() {
      listeners.clear();
      timers.clear();
      bypasses = [];
    },
    uninstall: () => restore.reverse().forEach((undo) => undo()),
  };
}
