import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeRealmOverlay, type RealmFile } from '@bas/dev-idp';
import { has, installKeycloak } from '@bas/test-keycloak';
import { freePort } from '@bas/server-kit';

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Keycloak exited with code ${child.exitCode} while starting.`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`Keycloak did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

export type KeycloakStart =
  { available: true; url: string; close(): Promise<void> } | { available: false; reason: string };

/**
 * A real Keycloak on loopback (`start-dev`), with the realm file and the demo users of the development overlay
 * (`overlayFile`) imported into a fresh database, for the SSO suite; a production Keycloak imports the realm alone. Without Java or Maven it is unavailable; under CI=true that is an error, never a skip.
 */
export async function startKeycloak(realmFile: string, overlayFile: string): Promise<KeycloakStart> {
  if (!has('java') || !has('mvn')) {
    const reason =
      'the real-Keycloak SSO suite needs Java 17+ and Maven (apt-get install openjdk-17-jre-headless maven)';
    if (process.env.CI === 'true') throw new Error(`Cannot run ${reason.replace('needs', 'without')}.`);
    console.warn(`\n⚠ Skipping the real-Keycloak SSO suite: ${reason}.\n`);
    return { available: false, reason };
  }
  const home = installKeycloak();
  // A fresh database every run: the realm is imported as the file says, with no sessions left over.
  rmSync(join(home, 'data'), { recursive: true, force: true });
  mkdirSync(join(home, 'data', 'import'), { recursive: true });
  // The development overlay laid over the realm as the dev IdP lays it: demo users, the portal server's secret.
  const realm = mergeRealmOverlay(
    JSON.parse(readFileSync(realmFile, 'utf8')) as RealmFile,
    JSON.parse(readFileSync(overlayFile, 'utf8')) as RealmFile,
  );
  writeFileSync(join(home, 'data', 'import', 'realm-bas.json'), JSON.stringify(realm));
  const port = await freePort();
  const managementPort = await freePort();
  const child = spawn(
    join(home, 'bin', 'kc.sh'),
    [
      'start-dev',
      '--http-host=127.0.0.1',
      `--http-port=${port}`,
      '--import-realm',
      '--hostname-strict=false',
      `--http-management-port=${managementPort}`,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, KC_BOOTSTRAP_ADMIN_USERNAME: 'kcadmin', KC_BOOTSTRAP_ADMIN_PASSWORD: 'kcadmin' },
    },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/realms/bas/.well-known/openid-configuration`, child, 240_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\nKeycloak's last output:\n${log}`);
  }
  return {
    available: true,
    url,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
