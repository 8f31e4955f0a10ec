import type { PartHealth } from './PartHealth.ts';

/**
 * Whether the identity provider's signing keys can be fetched, which verifying a signed-in caller's token needs
 * (the verifier caches them, so this says whether the next key rotation or restart can be followed). The answer is
 * kept `cacheMs`, so frequent health probes do not become frequent requests to the identity provider.
 */
export function probeIdentityProvider(jwksUrl: string, { timeoutMs = 1500, cacheMs = 30_000 } = {}) {
  let last: { at: number; health: Promise<PartHealth> } | undefined;
  async function fetchKeys(): Promise<PartHealth> {
    const started = performance.now();
    try {
      const response = await fetch(jwksUrl, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok)
        return { status: 'down', reason: `Its signing keys answered HTTP ${response.status}.` };
      const body = (await response.json().catch(() => ({}))) as { keys?: unknown };
      if (!Array.isArray(body.keys) || body.keys.length === 0) {
        return { status: 'down', reason: 'It lists no signing keys.' };
      }
      return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return {
        status: 'down',
        reason: timedOut
          ? `Its signing keys did not answer within ${timeoutMs} ms.`
          : 'Its signing keys cannot be reached.',
      };
    }
  }
  return function identityProviderHealth(): Promise<PartHealth> {
    if (last === undefined || Date.now() - last.at > cacheMs) last = { at: Date.now(), health: fetchKeys() };
    return last.health;
  };
}
