import type { ManifestUser } from '@bas/manifest';
import type { Actor } from '../catalog/Actor.ts';
import { RegistryError } from '../errors/RegistryError.ts';

/** The signed-in caller, or a 401 that says a token is needed. */
export function requireActor(user: ManifestUser): Actor {
  if (user.kind === 'anonymous') {
    throw new RegistryError(
      'TOKEN_MISSING',
      'Sign in: this request needs "Authorization: Bearer <access token>".',
    );
  }
  return user;
}

export function requireAdmin(user: ManifestUser): Actor {
  const actor = requireActor(user);
  if (!actor.roles.includes('admin')) {
    throw new RegistryError('FORBIDDEN', 'Only a platform admin (role "admin") may do this.');
  }
  return actor;
}

/** An admin, or a developer of the agency that owns the app. */
export function requireAgencyDeveloper(user: ManifestUser, agency: string): Actor {
  const actor = requireActor(user);
  if (actor.roles.includes('admin')) return actor;
  if (!actor.roles.includes('developer')) {
    throw new RegistryError('FORBIDDEN', 'Only agency developers (role "developer") and admins may publish.');
  }
  if (actor.agency !== agency) {
    throw new RegistryError(
      'FORBIDDEN',
      `You publish for ${actor.agency ?? 'no agency'}; this app belongs to ${agency}. Ask a developer of ${agency} or an admin.`,
    );
  }
  return actor;
}
