/**
 * A registry call that did not give the console what it needs, by what the person can do about it:
 * `unreachable` (no answer: the network or the registry is down), `refused` (an HTTP error with the registry's own
 * `{ code, message }`), `not-understood` (an answer of a shape this console does not read: the registry and the
 * console are of different versions), `signed-out` (the session ended: sign in again), `sign-in-unreachable` (the
 * token expired and the identity provider does not answer to renew it: try again shortly).
 */
export class RegistryCallError extends Error {
  override readonly name = 'RegistryCallError';

  constructor(
    readonly kind: 'unreachable' | 'refused' | 'not-understood' | 'signed-out' | 'sign-in-unreachable',
    /** The call, as `GET /api/apps`, so a report names the route. */
    readonly call: string,
    /** The registry's own words (`message`), or what was wrong with its answer. */
    readonly detail: string,
    /** The HTTP status of a refusal. */
    readonly status?: number,
  ) {
    super(`${call}: ${detail}`);
  }
}
