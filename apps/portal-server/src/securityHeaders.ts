import type { ShellConfig } from '@bas/shell/server';

/** Origins the catalog adds to the policy: agency APIs the apps call, legacy apps shown in frames. */
export interface CatalogSources {
  connect: readonly string[];
  frame: readonly string[];
}

/** Where browsers send violation reports: the registry, under the portal's own `/api`. */
export const reportPath = '/api/csp-reports';

/**
 * OpenStreetMap's tile server, for the map on which citizens pin a complaint (aduan-warga). Images only, and this
 * one host: tiles are PNGs, and none of OSM's other hosts is used.
 */
const mapTileOrigin = 'https://tile.openstreetmap.org';

/**
 * Headers every answer of the portal's origin carries. No page may frame the portal, not even its own (stricter
 * than `frame-ancestors 'self'`): it holds a person's session. A portal page opened by another page (a remote's
 * `window.open`) is cut off from its opener; types are never sniffed; addresses do not leak to other origins;
 * features no city service uses are off, and location and camera are the portal's own to ask for.
 */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    'cross-origin-opener-policy': 'noopener-allow-popups',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'permissions-policy':
      'camera=(self), geolocation=(self), microphone=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), display-capture=(), browsing-topics=()',
    'reporting-endpoints': `csp="${reportPath}"`,
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * The enforced Content-Security-Policy of a portal page (decisions/0018). Scripts run from the portal, the origins
 * remotes load from and, inline, only with this response's nonce (the import maps that pin an app's files); no
 * eval. The page talks to the registry, the remotes' origins and the catalog's agency APIs; frames only the auth
 * frame and legacy apps; shows images from those and the map tiles. Trusted Types are reported, not enforced, until the reports show none.
 */
export function pagePolicy(
  config: ShellConfig,
  sources: CatalogSources,
  nonce: string,
  /** Where this browser's developer overrides load local builds from (loopback only; decisions/0019). */
  overrideOrigins: readonly string[] = [],
): Record<string, string> {
  const remotes = [...config.remoteOrigins, ...overrideOrigins].join(' ');
  const frames = [config.auth?.frameOrigin, ...sources.frame].filter((origin) => origin !== undefined);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' ${remotes}`,
    `style-src 'self' 'unsafe-inline' ${remotes}`,
    `img-src 'self' data: blob: ${remotes} ${sources.connect.join(' ')} ${mapTileOrigin}`,
    `font-src 'self' ${remotes}`,
    // Legacy apps' origins too: the shell asks whether such a site answers before its frame shows an error page.
    `connect-src 'self' ${remotes} ${sources.connect.join(' ')} ${sources.frame.join(' ')}`,
    `frame-src ${frames.length === 0 ? "'none'" : frames.join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    `report-uri ${reportPath}`,
    'report-to csp',
  ];
  return {
    'content-security-policy': policy.map((directive) => directive.replace(/\s+/g, ' ').trim()).join('; '),
    'content-security-policy-report-only': `require-trusted-types-for 'script'; report-uri ${reportPath}; report-to csp`,
  };
}

/** The policy of a page the server writes whole with no script at all (the status page): its own styles only. */
export function staticPagePolicy(): Record<string, string> {
  return {
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  };
}
