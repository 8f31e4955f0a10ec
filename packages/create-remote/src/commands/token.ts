import { registryRequest } from '../auth/registryRequest.ts';

interface TokenOptions {
  registry: string;
  token?: string | undefined;
  profile?: string | undefined;
}

const path = (appId: string, tokenId?: string) =>
  `/api/apps/${encodeURIComponent(appId)}/publish-tokens${tokenId === undefined ? '' : `/${encodeURIComponent(tokenId)}`}`;
const as = (options: TokenOptions) => ({
  token: options.token,
  profile: options.profile,
  signInAs: "a developer of the app's agency",
});

/**
 * `bas-remote token create`: a publish token for one app, for CI. It is printed once; CI passes it as `$BAS_TOKEN`
 * (or `--token`) to `bas-remote publish`. It publishes that app and nothing else.
 */
export async function createToken(
  appId: string,
  options: TokenOptions & { label?: string | undefined },
): Promise<void> {
  const made = await registryRequest(options.registry, path(appId), {
    ...as(options),
    body: options.label === undefined ? {} : { label: options.label },
  });
  console.log(`Publish token ${String(made.id)} for ${appId}, shown this once:`);
  console.log(String(made.token));
  console.log(
    `Keep it as a CI secret (BAS_TOKEN) for \`bas-remote publish\`; revoke it with \`bas-remote token revoke ${appId} ${String(made.id)} --registry ${new URL(options.registry).origin}\`.`,
  );
}

/** `bas-remote token list`: an app's publish tokens, which are revoked, when each was last used. */
export async function listTokens(appId: string, options: TokenOptions): Promise<void> {
  const answer = (await registryRequest(options.registry, path(appId), {
    ...as(options),
    method: 'GET',
  })) as { tokens?: Record<string, string | null>[] };
  const tokens = answer.tokens ?? [];
  if (tokens.length === 0) console.log(`${appId} has no publish tokens.`);
  for (const token of tokens) {
    const state =
      token.revokedAt === null ? `last used ${token.lastUsedAt ?? 'never'}` : `revoked ${token.revokedAt}`;
    console.log(`${token.id}  ${token.label ?? ''}  made by ${token.createdBy}, ${state}`);
  }
}

/** `bas-remote token revoke`: the token stops working at once. */
export async function revokeToken(appId: string, tokenId: string, options: TokenOptions): Promise<void> {
  await registryRequest(options.registry, path(appId, tokenId), { ...as(options), method: 'DELETE' });
  console.log(`Revoked publish token ${tokenId} of ${appId}.`);
}
