import { savedAccessToken } from '../auth/credentialsStore.ts';
import { CliError } from '../CliError.ts';
import { checkRemote } from '../check/checkRemote.ts';
import { prepareEntry } from '../check/prepareEntry.ts';
import { readKit } from '../kit.ts';

export interface PublishOptions {
  /** The portal (or registry) address: `https://bas.kotabogor.go.id`. */
  registry: string;
  token?: string | undefined;
  entryUrl?: string | undefined;
}

/**
 * `bas-remote publish`: checks the remote, then sends its entry (with the build's integrity) to the registry as
 * the developer. The registry keeps it pending until an admin approves it.
 */
export async function publish(dir: string, options: PublishOptions): Promise<void> {
  const token = options.token ?? process.env.BAS_TOKEN ?? (await savedAccessToken(options.registry));
  if (token === undefined || token === '') {
    throw new CliError(
      `Publishing needs you signed in as a developer: run \`bas-remote login --portal ${options.registry}\` (or pass --token).`,
    );
  }
  const result = checkRemote(dir, readKit(), options);
  if (result.problems.length > 0) {
    throw new CliError(`Not published: fix these first.\n- ${result.problems.join('\n- ')}`);
  }
  const { entry } = prepareEntry(dir, options);
  const url = new URL(`/api/apps/${encodeURIComponent(String(entry.id))}/versions`, options.registry);
  console.log(`Publishing ${String(entry.id)} ${String(entry.version)} to ${url.origin}…`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(entry),
    });
  } catch (error) {
    throw new CliError(
      `Cannot reach the registry at ${url.origin} (${(error as Error).message}): check --registry.`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    message?: string;
    code?: string;
    state?: string;
  };
  if (!response.ok) {
    throw new CliError(
      `The registry refused it (${response.status} ${body.code ?? ''}): ${body.message ?? 'no message'}`,
    );
  }
  console.log(
    `Published ${String(entry.id)} ${String(entry.version)}: ${body.state ?? 'pending'}. An admin approves it before the portal serves it.`,
  );
}
