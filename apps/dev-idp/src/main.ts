import { closeOnSignals } from '@bas/server-kit';
import { fileURLToPath } from 'node:url';
import { startDevIdp } from './startDevIdp.ts';

const realmFile =
  process.env.BAS_REALM_FILE ??
  fileURLToPath(new URL('../../../infra/keycloak/realm-bas.json', import.meta.url));
const overlayFile =
  process.env.BAS_REALM_USERS_FILE ??
  fileURLToPath(new URL('../../../infra/keycloak/realm-bas.dev.json', import.meta.url));
const idp = await startDevIdp({ realmFile, overlayFile, port: Number(process.env.DEV_IDP_PORT ?? '4180') });
console.log(`BAS dev identity provider (development only): ${idp.issuer}`);
closeOnSignals(() => idp.close(), { name: 'BAS dev identity provider' });
