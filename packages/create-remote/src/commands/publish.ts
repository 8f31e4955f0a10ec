import { registryRequest } from '../auth/registryRequest.ts';
import { CliError } from '../CliError.ts';
import { checkRemote } from '../check/checkRemote.ts';
import { readKit } from '../readKit.ts';

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
  const { problems, entry } = checkRemote(dir, readKit(), options);
  if (problems.length > 0) {
    throw new CliError(`Not published: fix these first.\n- ${problems.join('\n- ')}`);
  }
  const name = `${String(entry.id)} ${String(entry.version)}`;
  console.log(`Publishing ${name} to ${new URL(options.registry).origin}…`);
  const answer = await registryRequest(
    options.registry,
    `/api/apps/${encodeURIComponent(String(entry.id))}/versions`,
    {
      token: options.token,
      body: entry,
      signInAs: "a developer of the app's agency",
    },
  );
  console.log(
    `Published ${name}: ${String(answer.state ?? 'pending')}. An admin approves it before the portal serves it.`,
  );
}
