import type { UserProfile } from '@bas/sdk';

export const harnessRoles = ['warga', 'asn', 'developer', 'admin', 'anonim'] as const;
export type HarnessRole = (typeof harnessRoles)[number];

/** The test person for each role, named like the realm's demo users; civil servants belong to the app's agency. */
export function harnessUser(role: HarnessRole, agency: string): UserProfile | undefined {
  switch (role) {
    case 'warga':
      return { username: 'warga', name: 'Siti Warga', roles: ['warga'] };
    case 'asn':
      return { username: `asn.${agency}`, name: `ASN ${agency}`, roles: ['asn'], agency };
    case 'developer':
      return { username: `dev.${agency}`, name: `Pengembang ${agency}`, roles: ['developer'], agency };
    case 'admin':
      return { username: 'admin', name: 'Admin Diskominfo', roles: ['admin', 'asn'], agency: 'diskominfo' };
    case 'anonim':
      return undefined;
  }
}
