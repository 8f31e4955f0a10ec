export { startDevIdp } from './startDevIdp.ts';
export type { DevIdp, DevIdpOptions } from './startDevIdp.ts';
export { loadRealm } from './loadRealm.ts';
export type { Realm, RealmClient, RealmUser } from './loadRealm.ts';
