import { createRegistryApi, type RegistryApi } from '../api/registryApi.ts';
import {
  createConsoleSession,
  type ConsoleSession,
  type ConsoleSessionOptions,
} from '../auth/createConsoleSession.ts';
import { ConfigProblem, loadConsoleConfig } from '../config/loadConsoleConfig.ts';

export type Started =
  | { status: 'config-failed'; problem: ConfigProblem }
  | { status: 'ready'; session: ConsoleSession; registry: RegistryApi };

/**
 * Reads config.json, then starts the sign-in check and the registry client from it. Runs once per page, outside
 * React, so that keycloak-js is initialised once whatever React renders twice.
 */
export async function startConsole(
  options: Pick<ConsoleSessionOptions, 'createKeycloak'> & { origin?: string } = {},
): Promise<Started> {
  const origin = options.origin ?? window.location.origin;
  let config;
  try {
    config = await loadConsoleConfig(origin);
  } catch (error) {
    if (error instanceof ConfigProblem) return { status: 'config-failed', problem: error };
    throw error;
  }
  const session = createConsoleSession(config.auth, {
    origin,
    ...(options.createKeycloak === undefined ? {} : { createKeycloak: options.createKeycloak }),
  });
  void session.start();
  const registry = createRegistryApi({
    registryUrl: config.registryUrl,
    accessToken: () => session.accessToken(),
  });
  return { status: 'ready', session, registry };
}
