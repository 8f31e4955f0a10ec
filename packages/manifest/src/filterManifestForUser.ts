import type { ManifestEntry } from './manifestEntrySchema.ts';

/** Who is asking: decided by the server from a verified token, never by the client. */
export type ManifestUser =
  | { kind: 'anonymous' }
  | {
      kind: 'signed-in';
      username: string;
      /** The token's `sub`: the person, as the identity provider knows them for good (a username may change). */
      subject?: string | undefined;
      roles: readonly string[];
      agency?: string | undefined;
      /** The OAuth client the token was issued to (`azp`): `bas-shell`, `bas-cli`, `bas-console`. */
      client?: string | undefined;
      /** Set for an app's publish token (CI): the one app it may publish, and nothing else. */
      publishScope?: string | undefined;
    };

export const anonymousUser: ManifestUser = { kind: 'anonymous' };

/** Whether this person may see this entry at all (its id, URL and existence). */
export function canSeeEntry(entry: ManifestEntry, user: ManifestUser): boolean {
  if (entry.status === 'disabled') return false;
  if (entry.role === 'public') return true;
  if (user.kind === 'anonymous') return false;
  // Platform admins oversee every application, whichever agency runs it.
  if (user.roles.includes('admin')) return true;
  if (!user.roles.includes('asn')) return false;
  const { agencies, roles } = entry.audience ?? {};
  if (agencies !== undefined && (user.agency === undefined || !agencies.includes(user.agency))) return false;
  if (roles !== undefined && !roles.some((role) => user.roles.includes(role))) return false;
  return true;
}

/**
 * The entries this person may see. Public entries are for everyone; internal ones for civil servants (`asn`),
 * optionally narrowed to agencies or extra roles; disabled ones for no one.
 *
 * @example
 * const visible = filterManifestForUser(entries, { kind: 'signed-in', username: 'warga', roles: ['warga'] });
 */
export function filterManifestForUser(
  entries: readonly ManifestEntry[],
  user: ManifestUser,
): ManifestEntry[] {
  return entries.filter((entry) => canSeeEntry(entry, user));
}
