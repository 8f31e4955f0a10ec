export type ShellErrorCode =
  | 'CONFIG_UNAVAILABLE'
  | 'CONFIG_INVALID'
  | 'MANIFEST_UNAVAILABLE'
  | 'MANIFEST_INVALID'
  | 'REMOTE_UNREACHABLE'
  | 'REMOTE_TIMEOUT'
  | 'REMOTE_CIRCUIT_OPEN'
  | 'REMOTE_CONTRACT'
  | 'REMOTE_SDK_INCOMPATIBLE'
  | 'REMOTE_INTEGRITY'
  | 'REMOTE_NOT_ALLOWED'
  /** A framed app on the portal's own origin, where the sandbox would not hold. */
  | 'REMOTE_SAME_ORIGIN'
  | 'REMOTE_CRASHED'
  | 'AUTH_FRAME_UNAVAILABLE';

/** An error with a stable code for the shell's own failures; the message says what to do. */
export class ShellError extends Error {
  override readonly name = 'ShellError';

  constructor(
    readonly code: ShellErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
