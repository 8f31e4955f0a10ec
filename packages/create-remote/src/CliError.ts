/**
 * A problem the person running the CLI can fix; the message says how. The CLI prints it without a stack trace
 * and exits with `exitCode`.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
