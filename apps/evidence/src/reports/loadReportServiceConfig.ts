import { EvidenceError } from '../EvidenceError.ts';
import type { OidcSettings } from './createAdminCheck.ts';

export interface ReportServiceConfig {
  host: string;
  port: number;
  /** The portal: the figures are read through its /api/, the screenshots taken through its pages. */
  registryUrl: URL;
  /** The registry's own address, when the portal's public one does not route the admin routes the figures need. */
  apiUrl?: URL;
  oidc: OidcSettings;
  dir: string;
}

/**
 * The evidence service's settings: BAS_EVIDENCE_HOST (127.0.0.1) and BAS_EVIDENCE_PORT (4140), BAS_REGISTRY_URL (the
 * portal's address; required), BAS_EVIDENCE_API_URL (the registry's own, where the figures are read when the
 * portal's public address does not route admin routes; optional), OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE as the registry reads them, and
 * BAS_EVIDENCE_DIR for the reports (.data/evidence-reports). The accounts for the screenshots are the command's
 * (BAS_EVIDENCE_PUBLIC_USER, …; see the README).
 */
export function loadReportServiceConfig(env: Record<string, string | undefined>): ReportServiceConfig {
  const portText = env.BAS_EVIDENCE_PORT ?? '4140';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    throw new EvidenceError(
      `BAS_EVIDENCE_PORT="${portText}" is not a port: give a whole number from 0 to 65535.`,
    );
  }
  const portal = env.BAS_REGISTRY_URL ?? '';
  let registryUrl: URL;
  try {
    registryUrl = new URL(portal);
  } catch {
    throw new EvidenceError(
      `BAS_REGISTRY_URL="${portal}" is not an address: set it to the portal's (e.g. https://portal.kotabogor.go.id/), whose /api/ reaches the registry and whose pages the screenshots are taken of.`,
    );
  }
  const api = env.BAS_EVIDENCE_API_URL ?? '';
  let apiUrl: URL | undefined;
  if (api !== '') {
    try {
      apiUrl = new URL(api);
      // `registry:4190` parses, as a URL of the scheme "registry".
      if (apiUrl.protocol !== 'http:' && apiUrl.protocol !== 'https:') throw new TypeError('not http');
    } catch {
      throw new EvidenceError(
        `BAS_EVIDENCE_API_URL="${api}" is not an address: set it to the registry's (e.g. http://registry:4190), or leave it unset to read the figures through BAS_REGISTRY_URL.`,
      );
    }
  }
  return {
    host: env.BAS_EVIDENCE_HOST ?? '127.0.0.1',
    port,
    registryUrl,
    ...(apiUrl === undefined ? {} : { apiUrl }),
    oidc: {
      issuer: env.OIDC_ISSUER ?? 'http://127.0.0.1:4180/realms/bas',
      jwksUrl: env.OIDC_JWKS_URL,
      audience: env.OIDC_AUDIENCE ?? 'bas-registry',
    },
    dir: env.BAS_EVIDENCE_DIR ?? '.data/evidence-reports',
  };
}
