export { startDevIdp } from './startDevIdp.ts';
export type { DevIdp, DevIdpOptions } from './startDevIdp.ts';
export { loadRealm, mergeRealmOverlay } from './loadRealm.ts';
export type { Realm, RealmClient, RealmFile, RealmUser } from './loadRealm.ts';
