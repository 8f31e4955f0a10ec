import { savedAccessToken } from '../auth/credentialsStore.ts';
import { CliError } from '../CliError.ts';

/**
 * `bas-remote approve`: an admin approves a published version, and the portal serves it from the next manifest.
 * The registry refuses anyone who is not an admin.
 */
export async function approve(
  appId: string,
  version: string,
  options: { registry: string; token?: string | undefined },
): Promise<void> {
  const token = options.token ?? process.env.BAS_TOKEN ?? (await savedAccessToken(options.registry));
  if (token === undefined || token === '') {
    throw new CliError(
      `Approving needs you signed in as an admin: run \`bas-remote login --portal ${options.registry}\`.`,
    );
  }
  const url = new URL(
    `/api/apps/${encodeURIComponent(appId)}/versions/${encodeURIComponent(version)}/approve`,
    options.registry,
  );
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new CliError(
      `Cannot reach the registry at ${url.origin} (${(error as Error).message}): check --registry.`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as { message?: string; code?: string };
  if (!response.ok) {
    throw new CliError(
      `The registry refused it (${response.status} ${body.code ?? ''}): ${body.message ?? 'no message'}`,
    );
  }
  console.log(`Approved ${appId} ${version}: the portal serves it now.`);
}
