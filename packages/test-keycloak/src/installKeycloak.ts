import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Keycloak the realm file is written for; its server distribution comes from Maven Central. */
export const keycloakVersion = '26.7.3';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = join(repo, '.cache', 'keycloak');

export function has(command: string): boolean {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Downloads (once; Maven caches it too) and unpacks the server distribution, and returns its folder. Each `copy`
 * gets a folder of its own: a production-mode build (`kc.sh build`) changes the distribution it runs in, and must
 * not change the one the development-mode suite starts.
 */
export function installKeycloak(copy = ''): string {
  const home = join(cacheDir, `keycloak-${keycloakVersion}`);
  if (!existsSync(join(home, 'bin', 'kc.sh'))) {
    mkdirSync(cacheDir, { recursive: true });
    const zip = join(cacheDir, `keycloak-quarkus-dist-${keycloakVersion}.zip`);
    const fetched = spawnSync(
      'mvn',
      [
        '-q',
        '-B',
        'dependency:copy',
        `-Dartifact=org.keycloak:keycloak-quarkus-dist:${keycloakVersion}:zip`,
        `-DoutputDirectory=${cacheDir}`,
      ],
      { stdio: 'inherit' },
    );
    if (fetched.status !== 0 || !existsSync(zip)) {
      throw new Error(
        `Maven could not fetch org.keycloak:keycloak-quarkus-dist:${keycloakVersion}; check that Maven Central is reachable.`,
      );
    }
    // unzip where Debian has it; the JDK's jar tool otherwise.
    const unpacked = has('unzip')
      ? spawnSync('unzip', ['-q', '-o', zip, '-d', cacheDir])
      : spawnSync('jar', ['xf', zip], { cwd: cacheDir });
    if (unpacked.status !== 0) throw new Error(`Unpacking ${zip} failed.`);
    spawnSync('chmod', ['+x', join(home, 'bin', 'kc.sh')]);
  }
  if (copy === '') return home;
  const copied = `${home}-${copy}`;
  if (!existsSync(join(copied, 'bin', 'kc.sh'))) cpSync(home, copied, { recursive: true });
  return copied;
}
