import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  /** The project is a new version of the app that holds the id (also `"bas": { "existingApp": true }`). */
  existingApp?: boolean | undefined;
  /** Which of this portal's sign-ins to act as (`bas-remote login --profile`). */
  profile?: string | undefined;
}

/**
 * Notes in package.json that the project is the app it has just registered, so that whoever publishes its next
 * version (a colleague, CI) does not have to say so.
 */
function rememberRegistered(dir: string, id: string): void {
  const file = join(dir, 'package.json');
  const packageJson = JSON.parse(readFileSync(file, 'utf8')) as { bas?: Record<string, unknown> };
  packageJson.bas = { ...packageJson.bas, existingApp: true };
  writeFileSync(file, `${JSON.stringify(packageJson, null, 2)}\n`);
  console.log(
    `Registered ${id}: package.json now says "existingApp": true, so its next versions continue this app. Commit it.`,
  );
}

/**
 * `bas-remote publish`: checks the remote, then publishes it as the developer. By default the build (dist/) is
 * uploaded: the registry stores it and serves those very bytes from the portal's asset origin. With `--entry-url`
 * the agency serves dist/ itself (with the bas-integrity.json this writes) and the entry pins it; the portal loads
 * it only from origins its operators allow. Either way the version waits for an admin's approval.
 */
export async function publish(dir: string, options: PublishOptions): Promise<void> {
  const { problems, entry, existingApp: said } = checkRemote(dir, readKit(), options);
  if (problems.length > 0) {
    throw new CliError(`Not published: fix these first.\n- ${problems.join('\n- ')}`);
  }
  const name = `${String(entry.id)} ${String(entry.version)}`;
  const id = encodeURIComponent(String(entry.id));
  const query = options.existingApp === true || said ? '?existingApp=true' : '';
  const as = { token: options.token, profile: options.profile, signInAs: "a developer of the app's agency" };
  let answer;
  if (options.entryUrl === undefined) {
    const { manifestUrl: _where, integrity: _pin, openingFiles: _opening, ...declared } = entry;
    const files = [...readBuildFiles(join(dir, 'dist'))].filter(([path]) => isIndexed(path));
    const bytes = files.reduce((total, [, content]) => total + content.length, 0);
    console.log(
      `Uploading ${name} (${files.length} files, ${(bytes / 1024).toFixed(0)} KB) to ${new URL(options.registry).origin}…`,
    );
    answer = await registryRequest(options.registry, `/api/apps/${id}/bundles${query}`, {
      ...as,
      body: {
        entry: declared,
        files: Object.fromEntries(files.map(([path, content]) => [path, content.toString('base64')])),
      },
    });
    console.log(`Stored at ${String(answer.manifestUrl)}`);
    if (entry.apiOrigins === undefined && existsSync(join(dir, 'src/mocks/handlers.ts'))) {
      console.log(
        `Note: bas-remote.json declares no apiOrigins, so the app calls its API on ${new URL(String(answer.manifestUrl)).origin}, where the portal serves files only. Declare your agency API's origin in "apiOrigins".`,
      );
    }
  } else {
    console.log(
      `Publishing ${name}, served from ${options.entryUrl}, to ${new URL(options.registry).origin}…`,
    );
    answer = await registryRequest(options.registry, `/api/apps/${id}/versions${query}`, {
      ...as,
      body: entry,
    });
  }
  if (answer.registered === true && !said) rememberRegistered(dir, String(entry.id));
  console.log(
    `Published ${name}: ${String(answer.state ?? 'pending')}. An admin approves it before the portal serves it.`,
  );
}
