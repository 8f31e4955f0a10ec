/**
 * Starts `task` and settles like it, or rejects with `onTimeout()` after `ms`. The Module Federation runtime has no
 * timeout of its own: a server that accepts the connection and never answers leaves `loadRemote` pending forever.
 * The clock starts before the task, so this timeout fires before any the task sets up itself with the same length.
 */
export function withTimeout<T>(task: () => Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([task(), timeout]).finally(() => clearTimeout(timer));
}
