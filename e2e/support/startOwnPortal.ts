import { startDevStack, type DevStack, type DevStackOptions } from '@bas/dev-stack';

/**
 * A portal of a test's own, its data in `dataDir`: every port free but the auth origin's (4212, which the realm lets
 * sign people in), the catalog `entries` alone (given the sample apps' origins and builds), and a monitor that
 * probes nothing, so what the test sees is its catalog's and nothing the machine happens to reach.
 */
export function startOwnPortal(
  dataDir: string,
  entries: NonNullable<DevStackOptions['extraEntries']>,
): Promise<DevStack> {
  return startDevStack({
    port: 0,
    authPort: 4212,
    remotesPort: 0,
    devIdpPort: 0,
    env: { BAS_DATA_DIR: dataDir },
    monitor: { probes: () => false },
    seed: [],
    extraEntries: entries,
  });
}
