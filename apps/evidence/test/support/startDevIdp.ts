import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The development identity provider as `npm start` runs it, built (npm test builds before the unit tests). */
const main = fileURLToPath(new URL('../../../dev-idp/dist/main.js', import.meta.url));

/**
 * Whether to skip the tests that sign in at the dev IdP: never under CI=true, where an unbuilt one fails the file
 * with what to run; elsewhere they are skipped with a warning.
 */
export function skipWithoutDevIdp(): boolean {
  if (existsSync(main)) return false;
  const message = `The dev identity provider is not built (${main}): run pnpm --filter @bas/dev-idp build.`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n⚠ ${message} The sign-in tests are skipped.\n`);
  return true;
}

/**
 * Runs apps/dev-idp's own entry point in a child process on a free port, with the repository's realm and demo
 * users. A process rather than an import: this package may not import development parts (packages/boundaries),
 * and the tool only ever talks to the IdP over HTTP.
 */
export async function startDevIdp(): Promise<{ issuer: string; url: string; stop: () => void }> {
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, DEV_IDP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The dev IdP did not start in 20 s:\n${output}`)),
      20_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /development only\): (\S+)/.exec(output);
      if (found?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The dev IdP exited (${code}):\n${output}`)));
  });
  return { issuer, url: new URL(issuer).origin, stop: () => child.kill('SIGTERM') };
}
