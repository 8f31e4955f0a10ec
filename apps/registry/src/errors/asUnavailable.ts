import { RegistryError } from './RegistryError.ts';

/** Node's codes for a peer that cannot be reached or went away: the database server, over the network. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What pg throws, without a code, when a connection dies, times out, or was already dead when used. */
const lostConnection =
  /^(Connection terminated|Query read timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const diskFullMessage =
  "The registry's disk is full, so nothing can be saved; nothing was changed. Try again once an operator has freed space.";
const busyMessage =
  'The database is busy (another process holds its write lock); nothing was changed. Try again in a few seconds.';
export const unreachableMessage =
  'The database cannot be reached right now; nothing was changed. Try again in a few seconds.';
const slowMessage = 'The database took too long to answer; try again in a few seconds.';

/**
 * The 503 for an error that says a part the registry depends on is out of service (disk full, database busy,
 * unreachable, restarting or too slow), or `undefined` for any other error: a constraint, a bug, a bad query stay
 * what they are. The cause is kept for the log; the message is what the caller can do.
 */
export function asUnavailable(error: unknown): RegistryError | undefined {
  if (error instanceof RegistryError) return undefined;
  const code = codeOf(error);
  const unavailable = (message: string) => new RegistryError('UNAVAILABLE', message, [], { cause: error });
  // SQLITE_FULL, a filesystem's ENOSPC, PostgreSQL's disk_full.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100') return unavailable(diskFullMessage);
  if (code?.startsWith('SQLITE_BUSY') === true || code?.startsWith('SQLITE_LOCKED') === true) {
    return unavailable(busyMessage);
  }
  // statement_timeout (57014 query_canceled) and lock_timeout (55P03).
  if (code === '57014' || code === '55P03') return unavailable(slowMessage);
  // Class 08 (connection exception), shutting down or starting up (57P01-57P03), too many connections (53300).
  if (
    (code !== undefined && (code.startsWith('08') || /^57P0[1-3]$/.test(code) || code === '53300')) ||
    (code !== undefined && networkCodes.has(code)) ||
    (error instanceof Error && lostConnection.test(error.message))
  ) {
    return unavailable(unreachableMessage);
  }
  return undefined;
}
