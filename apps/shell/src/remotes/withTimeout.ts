/**
 * Settles like `promise`, or rejects with `onTimeout()` after `ms`. The Module Federation runtime has no timeout of
 * its own: a server that accepts the connection and never answers leaves `loadRemote` pending forever.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
