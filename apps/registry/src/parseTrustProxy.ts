import { isIP } from 'node:net';

/** Why an entry of the list is not one load balancer's address or range, or undefined when it is. */
function problemOf(entry: string): string | undefined {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return `"${entry}" is not an IP address or a CIDR range`;
  if (prefix === undefined) return undefined;
  const bits = family === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits) {
    return `"${entry}" has no prefix length of 0 to ${bits} after the "/"`;
  }
  if (Number(prefix) === 0) return `"${entry}" covers every address`;
  return undefined;
}

/**
 * `BAS_TRUST_PROXY` as the load balancers whose X-Forwarded-For is believed: IP addresses and CIDR ranges, comma
 * separated; undefined when it is unset or empty. Anything else stops the start, with the variable named: Fastify
 * reads `true` and a hop count as "believe every client's X-Forwarded-For", which would let anyone choose the address
 * its telemetry limits are counted by, and in a list takes some values silently as something else (`1` as the
 * address 0.0.0.1, names like `loopback` as whole ranges).
 */
export function parseTrustProxy(value: string | undefined): string[] | undefined {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  const problems = entries.map(problemOf).filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new Error(
      `BAS_TRUST_PROXY="${value}" is not accepted: ${problems.join('; ')}. List the load balancers' IP addresses or CIDR ranges, comma-separated (BAS_TRUST_PROXY=10.0.0.5,10.1.0.0/16), or leave it unset when clients reach the registry directly; a hop count, "true" or "*" is not taken, as it would believe any client's X-Forwarded-For.`,
    );
  }
  return entries;
}
