import { publishTokenPrefix, type PublishTokens } from '../catalog/createPublishTokens.ts';
import type { TokenVerifier } from './createTokenVerifier.ts';

/**
 * The caller of a request: an app's publish token (`Bearer bas_pt_…`, for CI) is looked up in the catalog, every
 * other token is verified with the identity provider.
 */
export function acceptPublishTokens(verifyJwt: TokenVerifier, tokens: PublishTokens): TokenVerifier {
  return (authorization) => {
    const bearer = authorization?.startsWith(`Bearer ${publishTokenPrefix}`) === true;
    return bearer ? tokens.userOf(authorization.slice('Bearer '.length)) : verifyJwt(authorization);
  };
}
