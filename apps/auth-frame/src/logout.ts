import Keycloak from 'keycloak-js';
import { loadFrameConfig, portalAddress } from './loadFrameConfig.ts';
import { signedOutChannel } from './signedOutChannel.ts';

/**
 * Signs the person out as the whole tab: keycloak-js finds the session silently here, and the tab goes to the
 * identity provider's sign-out with the ID token as its hint, so the token never reaches the portal page (a sign-out
 * address carrying it would). The other tabs' frames are told that the session ended; then the identity provider
 * sends the person back to the portal (`?to=`).
 */
async function signOut(): Promise<void> {
  const config = await loadFrameConfig();
  const back = portalAddress(config, new URL(window.location.href).searchParams.get('to'));
  const keycloak = new Keycloak(config.auth);
  const signedIn = await keycloak
    .init({
      onLoad: 'check-sso',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
    })
    .catch(() => false);
  new BroadcastChannel(signedOutChannel).postMessage({ type: 'signed-out' });
  window.location.replace(signedIn ? keycloak.createLogoutUrl({ redirectUri: back }) : back);
}

void signOut();
