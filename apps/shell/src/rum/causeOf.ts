import type { ShellErrorCode } from '../errors/ShellError.ts';
import type { RumCause } from './RumSample.ts';

/** The codes an opening can end with: the config's and the catalog's own stop the shell before any app opens. */
type OpeningCode = Exclude<ShellErrorCode, `CONFIG_${string}` | `MANIFEST_${string}`>;

const causes: Record<OpeningCode, RumCause> = {
  REMOTE_TIMEOUT: 'timeout',
  REMOTE_UNREACHABLE: 'network',
  // Not tried, after failing again and again to load: counted as the app not reachable.
  REMOTE_CIRCUIT_OPEN: 'network',
  // The auth frame did not answer, so the app was not loaded (it would run unbound).
  AUTH_FRAME_UNAVAILABLE: 'network',
  REMOTE_INTEGRITY: 'integrity',
  // Refused for where its code is: not an origin approved builds come from, or the portal's own.
  REMOTE_NOT_ALLOWED: 'integrity',
  REMOTE_SAME_ORIGIN: 'integrity',
  REMOTE_SDK_INCOMPATIBLE: 'sdk-version',
  // Loaded, but without a mount function, or it threw while mounting.
  REMOTE_CONTRACT: 'mount-error',
  REMOTE_CRASHED: 'mount-error',
};

/**
 * Why an opening failed, from the code of the error the shell shows for it. A crash is a mount error here; the error
 * boundary around the app's area reports its own as render errors.
 */
export function causeOf(code: ShellErrorCode): RumCause {
  return causes[code as OpeningCode];
}
