import { registryRequest } from '../auth/registryRequest.ts';

/**
 * `bas-remote approve`: an admin approves a published version, and the portal serves it from the next manifest.
 * The registry refuses anyone who is not an admin.
 */
export async function approve(
  appId: string,
  version: string,
  options: { registry: string; token?: string | undefined },
): Promise<void> {
  await registryRequest(
    options.registry,
    `/api/apps/${encodeURIComponent(appId)}/versions/${encodeURIComponent(version)}/approve`,
    { token: options.token, signInAs: 'an admin' },
  );
  console.log(`Approved ${appId} ${version}: the portal serves it now.`);
}
