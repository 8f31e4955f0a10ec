import { createJwtVerifier } from '@bas/server-kit';

/** What an agency API decides about a request's bearer token before it looks at the request. */
export type BearerVerdict = { ok: true } | { ok: false; message: string };

/**
 * What a real agency API does with the token the portal sends, and what the mock agency APIs under `npm start` now
 * do in front of their handlers: verify the signature against the identity provider's JWKS, the issuer and the
 * expiry (`createJwtVerifier`, the same check the registry makes). A request without a token passes (the API decides what a visitor may do); a forged, foreign or
 * expired one is refused. (The audience is checked once each agency gets tokens of its own; issue 13.)
 */
export function createBearerCheck(options: { issuer: string; jwksUrl?: string }) {
  const verify = createJwtVerifier(options);
  return async function check(authorization: string | undefined): Promise<BearerVerdict> {
    if (authorization === undefined || authorization === '') return { ok: true };
    const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
    if (token === undefined)
      return { ok: false, message: 'The Authorization header must be "Bearer <token>".' };
    const verdict = await verify(token);
    if (verdict.ok) return { ok: true };
    const { refusal } = verdict;
    const why =
      refusal.kind === 'expired'
        ? 'it has expired; sign in again'
        : refusal.kind === 'claim'
          ? `its "${refusal.claim}" claim is not accepted`
          : 'it was not signed by the portal’s identity provider';
    return { ok: false, message: `The agency API refused the access token: ${why}.` };
  };
}
