import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeRealmOverlay, type RealmFile } from '@bas/dev-idp';
import { devOverlayFile, realmFile } from '@bas/dev-stack';
import { has, installKeycloak } from '@bas/test-keycloak';
import { answers, definePart, type Part } from './startPart.ts';

/** What `kc.sh build` fixed in the copy; a copy built with other options is built again. */
const buildOptions = ['--db=postgres', '--health-enabled=true', '--cache=ispn'];

/**
 * Keycloak's production mode needs a build step (`kc.sh build`) that fixes the database vendor and the cache into
 * the distribution; `start --optimized` then starts without it. Built once into a copy of its own, so the
 * development-mode suite's distribution stays as it was.
 */
function builtKeycloak(): string {
  if (!has('java') || !has('mvn'))
    throw new Error(
      'The topology run needs Java 17+ and Maven for Keycloak (as root: apt-get install openjdk-17-jre-headless maven); npm test installs them when run as root.',
    );
  const home = installKeycloak('topology');
  const stamp = join(home, 'bas-build-options');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== buildOptions.join(' ')) {
    const built = spawnSync(join(home, 'bin', 'kc.sh'), ['build', ...buildOptions], { encoding: 'utf8' });
    if (built.status !== 0)
      throw new Error(`kc.sh build failed:\n${built.stdout.slice(-3000)}${built.stderr.slice(-3000)}`);
    writeFileSync(stamp, buildOptions.join(' '));
  }
  return home;
}

export interface KeycloakNodeOptions {
  /** The JDBC URL of Keycloak's own database on the topology's PostgreSQL. */
  jdbcUrl: string;
  username: string;
  ports: Array<{ http: number; management: number; cluster: number }>;
}

/**
 * Keycloak nodes in production mode (`start`, not `start-dev`) on PostgreSQL, clustered by JDBC_PING: they find each
 * other through a table in that database, and share sessions through Infinispan. Behind the load balancer they take
 * the host name from its X-Forwarded headers. The first node imports the realm with the demo users and a password
 * grant for the load generator's sign-ins.
 */
export function defineKeycloakNodes(options: KeycloakNodeOptions): Array<Part & { url: string }> {
  const built = builtKeycloak();
  return options.ports.map((ports, index) => {
    // Each node a folder of its own: a node writes its temporary files and caches under data/.
    const home = `${built}-node${index + 1}`;
    rmSync(home, { recursive: true, force: true });
    cpSync(built, home, { recursive: true });
    const args = [
      'start',
      '--optimized',
      '--http-enabled=true',
      '--http-host=127.0.0.1',
      `--http-port=${ports.http}`,
      `--http-management-port=${ports.management}`,
      '--hostname-strict=false',
      '--proxy-headers=xforwarded',
      `--db-url=${options.jdbcUrl}`,
      `--db-username=${options.username}`,
      '--db-password=unused',
      '--cache-stack=jdbc-ping',
    ];
    if (index === 0) {
      mkdirSync(join(home, 'data', 'import'), { recursive: true });
      writeFileSync(join(home, 'data', 'import', 'realm-bas.json'), JSON.stringify(topologyRealm()));
      args.push('--import-realm');
    }
    const url = `http://127.0.0.1:${ports.http}`;
    return {
      ...definePart({
        name: `keycloak ${index + 1}`,
        command: join(home, 'bin', 'kc.sh'),
        args,
        env: {
          KC_BOOTSTRAP_ADMIN_USERNAME: 'kcadmin',
          KC_BOOTSTRAP_ADMIN_PASSWORD: 'kcadmin',
          JAVA_OPTS_KC_HEAP: '-Xms256m -Xmx768m',
          // After PostgreSQL restarts, every pooled connection is dead, and Keycloak hands them out until each has
          // failed a request (HTTP 500 to a person signing in). Checking a connection as it is borrowed costs a
          // round trip on loopback or in the data centre; deploy/ sets the same.
          QUARKUS_DATASOURCE_JDBC_VALIDATION_QUERY_SQL: 'SELECT 1',
          QUARKUS_DATASOURCE_JDBC_VALIDATE_ON_BORROW: 'true',
          // Two nodes on one host: each its own cluster port on loopback.
          JAVA_OPTS_APPEND: `-Djgroups.bind.address=127.0.0.1 -Djgroups.bind.port=${ports.cluster}`,
        },
        ready: answers(`http://127.0.0.1:${ports.management}/health/ready`),
        readyWithinMs: 300_000,
      }),
      url,
    };
  });
}

/**
 * The realm with the demo users, and the CLI client allowed the password grant the load generator signs in with.
 * Its consent screen is off: a password grant has no screen to ask on, so Keycloak refuses it otherwise.
 */
function topologyRealm(): RealmFile {
  const realm = mergeRealmOverlay(
    JSON.parse(readFileSync(realmFile, 'utf8')) as RealmFile,
    JSON.parse(readFileSync(devOverlayFile, 'utf8')) as RealmFile,
  );
  return mergeRealmOverlay(realm, {
    clients: [
      { clientId: 'bas-cli', directAccessGrantsEnabled: true, consentRequired: false } as NonNullable<
        RealmFile['clients']
      >[number],
    ],
  });
}
