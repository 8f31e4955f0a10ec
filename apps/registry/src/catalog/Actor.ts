import type { ManifestUser } from '@bas/manifest';

/** A signed-in caller, as the token verifier found them. */
export type Actor = Extract<ManifestUser, { kind: 'signed-in' }>;

/** Who changes the catalog when nobody signed in did it (seeding on first start). */
export const systemActor: Actor = { kind: 'signed-in', username: 'system', roles: ['admin'] };
