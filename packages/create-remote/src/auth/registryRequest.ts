import { CliError } from '../CliError.ts';
import { describeSignIn, loginCommand, savedAccessToken } from './credentialsStore.ts';
import { describeToken } from './describeToken.ts';

/**
 * A call to the registry's API as the signed-in person (`--token`, then $BAS_TOKEN, then `bas-remote login`'s
 * sign-in). Every failure becomes a CliError saying what to do: sign in, check the address, or the registry's
 * own refusal.
 */
export async function registryRequest(
  registry: string,
  path: string,
  options: {
    token?: string | undefined;
    profile?: string | undefined;
    body?: unknown;
    method?: 'GET' | 'POST' | 'DELETE';
    signInAs: string;
    /** Say as whom (once per command: its first request). */
    quiet?: boolean;
  },
): Promise<Record<string, unknown>> {
  const token = options.token ?? process.env.BAS_TOKEN ?? (await savedAccessToken(registry, options.profile));
  const login = loginCommand(registry, options.profile);
  if (token === undefined || token === '') {
    throw new CliError(
      `This needs you signed in as ${options.signInAs}: run \`${login}\` (or pass --token).`,
    );
  }
  const url = new URL(path, registry);
  if (options.quiet !== true) {
    console.log(`As ${describeToken(token).text} on ${describeSignIn(registry, options.profile)}.`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch (error) {
    throw new CliError(
      `Cannot reach the registry at ${url.origin} (${(error as Error).message}): check --registry.`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 401) {
    throw new CliError(
      `The registry did not take your sign-in (${String(body.message ?? 'no message')}): sign in again with \`${login}\`, or pass a fresh --token.`,
    );
  }
  if (!response.ok) {
    throw new CliError(
      `The registry refused it (${response.status} ${String(body.code ?? '')}): ${String(body.message ?? 'no message')}`,
    );
  }
  return body;
}
