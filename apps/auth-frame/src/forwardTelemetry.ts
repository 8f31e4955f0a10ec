import type { AuthRequests, TelemetryPath } from '@bas/auth-bridge';

type Telemetry = AuthRequests['telemetry'];

/**
 * Where this origin takes each of the registry's paths (its server passes the batch on, createAuthServer), and the
 * list each batch carries its items in.
 */
const framePaths: Record<TelemetryPath, { to: string; list: 'records' | 'samples' }> = {
  '/api/telemetry': { to: '/telemetry', list: 'records' },
  '/api/rum': { to: '/rum', list: 'samples' },
};

/**
 * The largest batch passed on, in bytes of JSON: what a `keepalive` request may carry in all (and what the browser
 * takes from `sendBeacon`), far above the registry's 50 records of a batch.
 */
export const maxTelemetryBytes = 64 * 1024;

/**
 * The apps a batch sent with the person's token may name: a set when an agency's code ran in the tab (its own apps
 * and public ones), undefined when none did and every batch is the shell's own.
 */
export type ReportableApps = (subject: string) => Promise<ReadonlySet<string> | undefined>;

function batchOf(params: unknown): { path: TelemetryPath; body: Record<string, unknown> } {
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
  // Read back from the text: what is checked below is exactly what is sent.
  return { path: path as TelemetryPath, body: JSON.parse(text) as Record<string, unknown> };
}

/**
 * The batch's items of `apps` only. The others are dropped without a word, as the registry drops those of apps the
 * caller does not see: the page holds the person's catalog already, so an error would tell it nothing new, and a
 * batch the shell mixed (an app of another agency framed in this tab) still sends the rest.
 */
function itemsOf(path: TelemetryPath, body: Record<string, unknown>, apps: ReadonlySet<string>): unknown[] {
  const { list } = framePaths[path];
  const items = body[list];
  if (!Array.isArray(items)) {
    throw new Error(`the ${path} batch carries its items as an array, { ${list}: [...] }`);
  }
  return items.filter((item: unknown) => {
    const appId = (item as { appId?: unknown } | null)?.appId;
    return typeof appId === 'string' && apps.has(appId);
  });
}

/**
 * The frame's `telemetry` operation: the page's batch goes to the registry with the portal's token (`portalToken`
 * gives it, undefined when nobody is signed in; the registry then counts it as anonymous) in a `keepalive` request,
 * which is delivered even when the page goes away meanwhile. What the page sends is checked first: one of the two
 * paths, and a JSON object no larger than a keepalive request may be. With the token, it carries only items of the
 * apps `reportable` names: an agency's code in the tab could send the batch itself, and the token would otherwise
 * let it fill the figures of every internal app the person sees, of any agency.
 */
export function forwardTelemetry(
  request: (input: string, init: RequestInit) => Promise<Response>,
  portalToken: () => Promise<string | undefined>,
  reportable: ReportableApps,
): (params: Telemetry['params']) => Promise<Telemetry['result']> {
  return async (params) => {
    const batch = batchOf(params);
    const subject = await portalToken();
    const apps = subject === undefined ? undefined : await reportable(subject);
    let body = batch.body;
    if (apps !== undefined) {
      const items = itemsOf(batch.path, body, apps);
      // Nothing left that the tab's code may report: nothing to send.
      if (items.length === 0) return {};
      body = { ...body, [framePaths[batch.path].list]: items };
    }
    const response = await request(framePaths[batch.path].to, {
      method: 'POST',
      keepalive: true,
      headers: {
        ...(subject === undefined ? {} : { authorization: `Bearer ${subject}` }),
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`the registry answered HTTP ${response.status} to ${params.path}`);
    return {};
  };
}
