import type { UserProfile } from '../contract.ts';

/**
 * An unsigned token carrying the claims an agency API reads (`preferred_username`, realm roles, agency), shaped
 * like the identity provider's access tokens, for tests and the development harness. No server that checks
 * signatures accepts it.
 *
 * @example
 * createTestContext({ entry, user, accessToken: fakeAccessToken(user) });
 */
export function fakeAccessToken(user: UserProfile): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const claims = {
    preferred_username: user.username,
    name: user.name,
    realm_access: { roles: user.roles },
    ...(user.agency === undefined ? {} : { agency: user.agency }),
  };
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

/**
 * Who a request's bearer token names, for an agency API mocked with msw. It reads the claims without checking
 * the signature: a mock stands in for the agency in development and tests, never in front of real data.
 *
 * @example
 * http.get('*\/api/cuti', ({ request }) => { const user = bearerUser(request); if (!user) return new HttpResponse(null, { status: 401 }); ... });
 */
export function bearerUser(request: Request): Pick<UserProfile, 'username' | 'roles' | 'agency'> | undefined {
  const payload = /^Bearer [^.]+\.([^.]+)\./.exec(request.headers.get('authorization') ?? '')?.[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      preferred_username?: string;
      realm_access?: { roles?: string[] };
      agency?: string;
    };
    if (claims.preferred_username === undefined) return undefined;
    return {
      username: claims.preferred_username,
      roles: claims.realm_access?.roles ?? [],
      ...(claims.agency === undefined ? {} : { agency: claims.agency }),
    };
  } catch {
    return undefined;
  }
}
