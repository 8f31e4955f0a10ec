import { catalogClients } from '@bas/manifest';
import { createJwtVerifier } from '@bas/server-kit';
import type { JWTPayload } from 'jose';
import { ReportRefusal } from './ReportRefusal.ts';

export interface OidcSettings {
  /** The realm's issuer, as the registry is given it (OIDC_ISSUER). */
  issuer: string;
  jwksUrl?: string | undefined;
  /** The registry's audience: the token the console holds is the registry's, and is passed on to it. */
  audience: string;
}

interface AdminClaims extends JWTPayload {
  name?: unknown;
  preferred_username?: unknown;
  realm_access?: { roles?: unknown };
  azp?: unknown;
}

/**
 * The check every route of the evidence service makes: a platform admin's access token (role `admin`) of a catalog
 * client (the console or bas-remote), verified against the identity provider's keys like the registry verifies it.
 * The report holds every service's owner and contacts, so the service decides, not the console.
 * Returns the admin's name for the report's "requested by".
 */
export function createAdminCheck(oidc: OidcSettings) {
  const verify = createJwtVerifier(oidc);
  return async function adminOf(authorization: string | undefined): Promise<{ name: string }> {
    const token = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '')?.[1];
    if (token === undefined) {
      throw new ReportRefusal(
        401,
        'TOKEN_MISSING',
        'Sign in as a platform admin: this request needs "Authorization: Bearer <access token>".',
      );
    }
    const verdict = await verify<AdminClaims>(token);
    if (!verdict.ok) {
      if (verdict.refusal.kind === 'keys-unavailable') {
        throw new ReportRefusal(
          503,
          'IDP_UNAVAILABLE',
          "The identity provider's signing keys could not be fetched, so the token cannot be checked; try again shortly.",
        );
      }
      throw new ReportRefusal(
        401,
        'TOKEN_INVALID',
        verdict.refusal.kind === 'expired'
          ? 'The access token has expired; sign in again.'
          : 'The access token was refused (not signed by this portal’s identity provider, or not for the registry); sign in again.',
      );
    }
    const claims = verdict.payload;
    const roles = Array.isArray(claims.realm_access?.roles) ? claims.realm_access.roles : [];
    if (!roles.includes('admin')) {
      throw new ReportRefusal(
        403,
        'FORBIDDEN',
        'Only a platform admin (role "admin") makes the SPBE report.',
      );
    }
    if (typeof claims.azp !== 'string' || !catalogClients.includes(claims.azp)) {
      throw new ReportRefusal(
        403,
        'FORBIDDEN',
        `A token of ${typeof claims.azp === 'string' ? claims.azp : 'an unnamed client'} may not make the SPBE report: use the console (bas-console) or bas-remote (bas-cli).`,
      );
    }
    const name = [claims.name, claims.preferred_username, claims.sub].find(
      (value): value is string => typeof value === 'string' && value !== '',
    );
    return { name: name ?? 'admin' };
  };
}

export type AdminCheck = ReturnType<typeof createAdminCheck>;
