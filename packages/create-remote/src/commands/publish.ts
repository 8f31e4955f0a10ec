import { join } from 'node:path';
import { isIndexed, readBuildFiles } from '@bas/manifest/integrity';
import { registryRequest } from '../auth/registryRequest.ts';
import { CliError } from '../CliError.ts';
import { checkRemote } from '../check/checkRemote.ts';
import { readKit } from '../readKit.ts';

export interface PublishOptions {
  /** The portal (or registry) address: `https://bas.kotabogor.go.id`. */
  registry: string;
  token?: string | undefined;
  /** Where the agency serves dist/ itself; without it the build is uploaded to the portal. */
  entryUrl?: string | undefined;
}

/**
 * `bas-remote publish`: checks the remote, then publishes it as the developer. By default the build (dist/) is
 * uploaded: the registry stores it and serves those very bytes from the portal's asset origin. With `--entry-url`
 * the agency serves dist/ itself (with the bas-integrity.json this writes) and the entry pins it; the portal loads
 * it only from origins its operators allow. Either way the version waits for an admin's approval.
 */
export async function publish(dir: string, options: PublishOptions): Promise<void> {
  const { problems, entry } = checkRemote(dir, readKit(), options);
  if (problems.length > 0) {
    throw new CliError(`Not published: fix these first.\n- ${problems.join('\n- ')}`);
  }
  const name = `${String(entry.id)} ${String(entry.version)}`;
  const id = encodeURIComponent(String(entry.id));
  const signInAs = "a developer of the app's agency";
  let answer;
  if (options.entryUrl === undefined) {
    const { manifestUrl: _where, integrity: _pin, ...declared } = entry;
    const files = [...readBuildFiles(join(dir, 'dist'))].filter(([path]) => isIndexed(path));
    const bytes = files.reduce((total, [, content]) => total + content.length, 0);
    console.log(
      `Uploading ${name} (${files.length} files, ${(bytes / 1024).toFixed(0)} KB) to ${new URL(options.registry).origin}…`,
    );
    answer = await registryRequest(options.registry, `/api/apps/${id}/bundles`, {
      token: options.token,
      body: {
        entry: declared,
        files: Object.fromEntries(files.map(([path, content]) => [path, content.toString('base64')])),
      },
      signInAs,
    });
    console.log(`Stored at ${String(answer.manifestUrl)}`);
  } else {
    console.log(
      `Publishing ${name}, served from ${options.entryUrl}, to ${new URL(options.registry).origin}…`,
    );
    answer = await registryRequest(options.registry, `/api/apps/${id}/versions`, {
      token: options.token,
      body: entry,
      signInAs,
    });
  }
  console.log(
    `Published ${name}: ${String(answer.state ?? 'pending')}. An admin approves it before the portal serves it.`,
  );
}
