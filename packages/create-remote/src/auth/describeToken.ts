/** Who an access token speaks for, as the CLI says it: `dev.disdukcapil (developer, disdukcapil)`. */
export function describeToken(accessToken: string): { username: string; roles: string[]; text: string } {
  // An app's publish token (CI) is not a JWT: it names itself by its id.
  const publishToken = /^bas_pt_([a-z0-9]+)_/.exec(accessToken);
  if (publishToken !== null) {
    const text = `publish token ${publishToken[1] ?? ''}`;
    return { username: text, roles: ['developer'], text };
  }
  let claims: { preferred_username?: string; realm_access?: { roles?: string[] }; agency?: string } = {};
  try {
    claims = JSON.parse(
      Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString(),
    ) as typeof claims;
  } catch {
    // Not a JWT (a token from elsewhere): said as unknown below.
  }
  const username = claims.preferred_username ?? 'an unknown account';
  const roles = claims.realm_access?.roles?.filter((role) => role !== 'default-roles-bas') ?? [];
  const details = [...roles, ...(claims.agency === undefined ? [] : [claims.agency])];
  return { username, roles, text: `${username}${details.length === 0 ? '' : ` (${details.join(', ')})`}` };
}
