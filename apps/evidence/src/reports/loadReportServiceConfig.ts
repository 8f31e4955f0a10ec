import { EvidenceError } from '../EvidenceError.ts';
import type { OidcSettings } from './createAdminCheck.ts';

export interface ReportServiceConfig {
  host: string;
  port: number;
  /** The portal: the figures are read through its /api/, the screenshots taken through its pages. */
  registryUrl: URL;
  oidc: OidcSettings;
  dir: string;
}

/**
 * The evidence service's settings: BAS_EVIDENCE_HOST (127.0.0.1) and BAS_EVIDENCE_PORT (4140), BAS_REGISTRY_URL (the
 * portal's address; required), OIDC_ISSUER, OIDC_JWKS_URL and OIDC_AUDIENCE as the registry reads them, and
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
  return {
    host: env.BAS_EVIDENCE_HOST ?? '127.0.0.1',
    port,
    registryUrl,
    oidc: {
      issuer: env.OIDC_ISSUER ?? 'http://127.0.0.1:4180/realms/bas',
      jwksUrl: env.OIDC_JWKS_URL,
      audience: env.OIDC_AUDIENCE ?? 'bas-registry',
    },
    dir: env.BAS_EVIDENCE_DIR ?? '.data/evidence-reports',
  };
}
