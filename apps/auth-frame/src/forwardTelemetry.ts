import type { AuthRequests, TelemetryPath } from '@bas/auth-bridge';

type Telemetry = AuthRequests['telemetry'];

/** Where this origin takes each of the registry's paths; its server passes the batch on (createAuthServer). */
const framePaths: Record<TelemetryPath, string> = { '/api/telemetry': '/telemetry', '/api/rum': '/rum' };

/**
 * The largest batch passed on, in bytes of JSON: what a `keepalive` request may carry in all (and what the browser
 * takes from `sendBeacon`), far above the registry's 50 records of a batch.
 */
export const maxTelemetryBytes = 64 * 1024;

function batchOf(params: unknown): { path: string; body: string } {
  const { path, body } = (params ?? {}) as { path?: unknown; body?: unknown };
  if (typeof path !== 'string' || !Object.hasOwn(framePaths, path)) {
    throw new Error(
      `the telemetry operation sends to /api/telemetry or /api/rum only, not ${String(path)}: send the batch there`,
    );
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error('the telemetry operation needs a JSON object as the batch ({ records } or { samples })');
  }
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch {
    throw new Error('the telemetry batch is not JSON (a cycle, or a BigInt): send plain records');
  }
  const size = new TextEncoder().encode(text).length;
  if (size > maxTelemetryBytes) {
    throw new Error(
      `the telemetry batch is ${size} bytes, more than ${maxTelemetryBytes}: send fewer records in each`,
    );
  }
  return { path: framePaths[path as TelemetryPath], body: text };
}

/**
 * The frame's `telemetry` operation: the page's batch goes to the registry with the portal's token (`portalToken`
 * gives it, undefined when nobody is signed in; the registry then counts it as anonymous) in a `keepalive` request,
 * which is delivered even when the page goes away meanwhile. What the page sends is checked first: one of the two
 * paths, and a JSON object no larger than a keepalive request may be.
 */
export function forwardTelemetry(
  request: (input: string, init: RequestInit) => Promise<Response>,
  portalToken: () => Promise<string | undefined>,
): (params: Telemetry['params']) => Promise<Telemetry['result']> {
  return async (params) => {
    const batch = batchOf(params);
    const subject = await portalToken();
    const response = await request(batch.path, {
      method: 'POST',
      keepalive: true,
      headers: {
        ...(subject === undefined ? {} : { authorization: `Bearer ${subject}` }),
        'content-type': 'application/json',
      },
      body: batch.body,
    });
    if (!response.ok) throw new Error(`the registry answered HTTP ${response.status} to ${params.path}`);
    return {};
  };
}
