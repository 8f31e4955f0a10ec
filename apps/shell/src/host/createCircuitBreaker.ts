/**
 * Stops hammering an app that keeps failing: after `threshold` failed loads in a row the circuit opens, and loads
 * fail at once until `cooldownMs` has passed; the next load then tries again (half-open), and a success closes it.
 */
export function createCircuitBreaker(options: { threshold: number; cooldownMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const circuits = new Map<string, { failures: number; openUntil: number }>();
  return {
    /** Milliseconds until the app may be tried again, or 0 when it may be tried now. */
    blockedFor(key: string): number {
      const circuit = circuits.get(key);
      return circuit === undefined ? 0 : Math.max(0, circuit.openUntil - now());
    },
    succeeded(key: string): void {
      circuits.delete(key);
    },
    failed(key: string): void {
      const failures = (circuits.get(key)?.failures ?? 0) + 1;
      circuits.set(key, {
        failures,
        openUntil: failures >= options.threshold ? now() + options.cooldownMs : 0,
      });
    },
  };
}
