import { catalogClients, type ManifestUser } from '@bas/manifest';
import type { Actor } from '../catalog/Actor.ts';
import { appNotFound } from '../catalog/appNotFound.ts';
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

/** Refuses the token of any client but `catalogClients`: an app an admin opens cannot act as that admin. */
function requireCatalogClient(actor: Actor, what: string): Actor {
  if (actor.client !== undefined && catalogClients.includes(actor.client)) return actor;
  throw new RegistryError(
    'FORBIDDEN',
    `A token of ${actor.client ?? 'an unnamed client'} may not ${what}: use bas-remote (client bas-cli) or the console (bas-console).`,
  );
}

/** A person's own sign-in: what an app's publish token may not do (approve, make tokens, read other apps). */
export function requirePerson(actor: Actor, what: string): Actor {
  if (actor.publishScope === undefined) return actor;
  throw new RegistryError(
    'FORBIDDEN',
    `A publish token only publishes ${actor.publishScope}; ${what} with your own sign-in (bas-remote login).`,
  );
}

/** Refuses an app's publish token for any app but its own. */
function requireScope(actor: Actor, appId: string | undefined): Actor {
  if (actor.publishScope === undefined || actor.publishScope === appId) return actor;
  throw new RegistryError(
    'FORBIDDEN',
    `This publish token is for ${actor.publishScope}; it may not act on ${appId ?? 'the catalog'}.`,
  );
}

export function requireAdmin(user: ManifestUser, what = 'administer the catalog'): Actor {
  const actor = requireCatalogClient(requireActor(user), what);
  if (!actor.roles.includes('admin')) {
    throw new RegistryError('FORBIDDEN', 'Only a platform admin (role "admin") may do this.');
  }
  return actor;
}

/**
 * Someone who may publish an app of `agency`: its own developers, or an admin of that agency. An admin of another
 * agency may read and approve, not publish: every version has a publisher of the app's agency and a second person
 * who approves it.
 */
export function requirePublisher(user: ManifestUser, agency: string, appId: string): Actor {
  const actor = requireScope(requireCatalogClient(requireActor(user), 'publish a version'), appId);
  if (!actor.roles.includes('developer') && !actor.roles.includes('admin')) {
    throw new RegistryError(
      'FORBIDDEN',
      'Only agency developers (role "developer") and admins of the agency publish.',
    );
  }
  if (actor.agency !== agency) {
    throw new RegistryError(
      'FORBIDDEN',
      `You publish for ${actor.agency ?? 'no agency'}; this app belongs to ${agency}. Ask a developer of ${agency}.`,
    );
  }
  return actor;
}

/**
 * A developer or an admin signed in with a catalog client (or the app's own publish token): every check that does
 * not depend on the app, made before it is looked up, so that no refusal depends on whether the app exists.
 */
export function requireDeveloperOrAdmin(user: ManifestUser, appId: string, what: string): Actor {
  const actor = requireScope(requireCatalogClient(requireActor(user), what), appId);
  if (!actor.roles.includes('admin') && !actor.roles.includes('developer')) {
    throw new RegistryError('FORBIDDEN', `Only agency developers (role "developer") and admins may ${what}.`);
  }
  return actor;
}

/**
 * A person who looks over the catalog at large (the console's lists): an admin, who sees every app, or a developer,
 * who sees their own agency's. Never an app's publish token, which acts on its one app only.
 */
export function requireOperator(user: ManifestUser, what: string): Actor {
  const actor = requirePerson(requireCatalogClient(requireActor(user), what), what);
  if (!actor.roles.includes('admin') && !actor.roles.includes('developer')) {
    throw new RegistryError('FORBIDDEN', `Only agency developers (role "developer") and admins may ${what}.`);
  }
  return actor;
}

/**
 * The app, when the caller may see it: an admin sees every app, a developer their own agency's. Another agency's
 * app gets the very answer an absent one gets, which names no agency: its id, state and versions are its agency's.
 */
export function requireVisibleApp<App extends { id: string; agency: string }>(actor: Actor, app: App): App {
  if (actor.roles.includes('admin') || actor.agency === app.agency) return app;
  throw appNotFound(app.id);
}

/**
 * The portal's own client: its token stays on the auth origin (decisions/0017), which passes it on only for the
 * person's own data under `/api/me/`. Every other client is refused there, so neither an agency's token (handed to
 * agency code) nor a CLI or console token (an agency developer, an admin) reads anyone's requests.
 */
export const portalClients: readonly string[] = ['bas-shell'];

/** The person signed in to the portal, by their token's `sub`: the only key to their own requests. */
export function requirePortalPerson(user: ManifestUser): Actor & { subject: string } {
  const actor = requireActor(user);
  const { subject } = actor;
  if (
    actor.publishScope !== undefined ||
    actor.client === undefined ||
    !portalClients.includes(actor.client)
  ) {
    throw new RegistryError(
      'FORBIDDEN',
      `A token of ${actor.client ?? 'an unnamed client'} may not read or write a person's requests: only the portal (client ${portalClients.join(', ')}) does, for the person signed in to it.`,
    );
  }
  if (subject === undefined || subject === '') {
    throw new RegistryError(
      'TOKEN_INVALID',
      'The access token names no person ("sub" claim); sign in again.',
    );
  }
  return { ...actor, subject };
}
