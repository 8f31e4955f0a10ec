import { createJwtVerifier } from '@bas/server-kit';

/** What an agency API decides about a request's bearer token before it looks at the request. */
export type BearerVerdict = { ok: true } | { ok: false; message: string };

/**
 * What a real agency API does with the token the portal sends, and what the mock agency APIs under `npm start` do in
 * front of their handlers: verify the signature against the identity provider's JWKS, the issuer, the expiry and
 * the audience, which is the agency's own API (`api-disdukcapil`), so a token for another agency or for the
 * registry is refused (`createJwtVerifier`, the same check the registry makes). A request without a token passes
 * (the API decides what a visitor may do).
 */
export function createBearerCheck(options: { issuer: string; jwksUrl?: string; audience: string }) {
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
          ? refusal.claim === 'aud'
            ? `it is not meant for this API (${options.audience}); each agency's API takes only its own tokens`
            : `its "${refusal.claim}" claim is not accepted`
          : 'it was not signed by the portal’s identity provider';
    return { ok: false, message: `The agency API refused the access token: ${why}.` };
  };
}
