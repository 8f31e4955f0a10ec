import { registryRequest } from '../auth/registryRequest.ts';

/**
 * `bas-remote rollback`: as an admin, serve an earlier approved version again. Versions only go up when published,
 * so this is the way back from a bad release; the next fix is published above the bad version.
 */
export async function rollback(
  appId: string,
  version: string,
  options: { registry: string; token?: string | undefined; profile?: string | undefined },
): Promise<void> {
  await registryRequest(options.registry, `/api/apps/${encodeURIComponent(appId)}/rollback`, {
    token: options.token,
    profile: options.profile,
    signInAs: 'an admin',
    body: { version },
  });
  console.log(`Rolled ${appId} back to ${version}: the portal serves it now.`);
}
