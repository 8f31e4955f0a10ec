export { has, installKeycloak, keycloakVersion } from './installKeycloak.ts';
