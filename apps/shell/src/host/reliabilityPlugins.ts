import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { isCompatibleSdkVersion, sdkVersion } from '@bas/sdk';
import type { FederatedEntry } from '@bas/manifest';
import { ShellError } from '../errors/ShellError.ts';
import { createCircuitBreaker } from './createCircuitBreaker.ts';

export interface ReliabilityOptions {
  entryOf(name: string): FederatedEntry | undefined;
  /** Why the last attempt of an app failed, as a plugin recorded it; undefined for a plain network failure. */
  failureOf(name: string): ShellError | undefined;
  failed(name: string, error: ShellError): void;
  /** Clears what `failureOf` says, before another attempt. */
  forget(name: string): void;
  /** Network failures are retried this often, after `backoffMs`, then 3 × `backoffMs`, … */
  retries?: number;
  backoffMs?: number;
}

const nameOf = (id: string) => id.split('/')[0] ?? id;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The federation runtime's plugins that keep one failing app from costing more than it must: the SDK-version check
 * (an app built for a contract this shell does not provide is refused before anything is fetched), the circuit
 * breaker (after 3 failed opens an app is not tried for 30 s), and retries of network failures. Integrity and
 * origin refusals, timeouts and an open circuit are never retried: trying again gives the same answer.
 */
export function reliabilityPlugins(
  options: ReliabilityOptions,
): Record<'sdkVersionPlugin' | 'circuitBreakerPlugin' | 'retryPlugin', ModuleFederationRuntimePlugin> {
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 300;
  const breaker = createCircuitBreaker({ threshold: 3, cooldownMs: 30_000 });
  // Apps being retried: the attempts inside a retry are one open to the breaker.
  const retrying = new Set<string>();

  const sdkVersionPlugin: ModuleFederationRuntimePlugin = {
    name: 'bas-sdk-version',
    beforeRequest(args) {
      const entry = options.entryOf(nameOf(args.id));
      if (entry !== undefined && !isCompatibleSdkVersion(entry.sdkVersion)) {
        const error = new ShellError(
          'REMOTE_SDK_INCOMPATIBLE',
          `${entry.id} was built against @bas/sdk ${entry.sdkVersion}; this portal provides ${sdkVersion}.`,
        );
        options.failed(entry.id, error);
        throw error;
      }
      return args;
    },
  };

  const circuitBreakerPlugin: ModuleFederationRuntimePlugin = {
    name: 'bas-circuit-breaker',
    beforeRequest(args) {
      const name = nameOf(args.id);
      const blocked = breaker.blockedFor(name);
      if (blocked > 0 && !retrying.has(name)) {
        const error = new ShellError(
          'REMOTE_CIRCUIT_OPEN',
          `${name} failed repeatedly; the portal waits ${Math.ceil(blocked / 1000)} s before trying it again.`,
        );
        options.failed(name, error);
        throw error;
      }
      return args;
    },
    afterLoadRemote({ id, error, recovered }) {
      const name = nameOf(id);
      if (retrying.has(name) || options.failureOf(name)?.code === 'REMOTE_CIRCUIT_OPEN') return;
      if (error === undefined || recovered === true) breaker.succeeded(name);
      else breaker.failed(name);
    },
  };

  const retryPlugin: ModuleFederationRuntimePlugin = {
    name: 'bas-retry',
    async errorLoadRemote({ id, lifecycle, origin }) {
      const name = nameOf(id);
      // Only a request that did not get through is retried; a module the browser refused (its bytes differ) or one
      // that threw would fail the same way again.
      const retryable = options.failureOf(name)?.code === 'REMOTE_UNREACHABLE';
      if (lifecycle !== 'onLoad' || !retryable || retrying.has(name)) return undefined;
      retrying.add(name);
      try {
        for (let attempt = 0; ; attempt += 1) {
          await sleep(backoffMs * 3 ** attempt);
          options.forget(name);
          try {
            return await origin.loadRemote(id);
          } catch (error) {
            if (attempt + 1 >= retries || options.failureOf(name)?.code !== 'REMOTE_UNREACHABLE') throw error;
          }
        }
      } finally {
        retrying.delete(name);
      }
    },
  };

  return { sdkVersionPlugin, circuitBreakerPlugin, retryPlugin };
}
