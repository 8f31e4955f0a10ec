import Keycloak from 'keycloak-js';
import { loadFrameConfig, portalAddress } from './loadFrameConfig.ts';

/**
 * Where the identity provider sends a person back after signing in, as the whole tab: keycloak-js finishes the
 * code flow here (the PKCE verifier never left this origin), which sets the identity provider's session; then the
 * person goes back to where they were on the portal, whose auth frame finds that session with check-sso. The
 * tokens this page received are dropped with it.
 */
async function finishSignIn(): Promise<void> {
  const config = await loadFrameConfig();
  const returnTo = portalAddress(config, sessionStorage.getItem('bas.returnTo'));
  sessionStorage.removeItem('bas.returnTo');
  try {
    await new Keycloak(config.auth).init({ pkceMethod: 'S256', checkLoginIframe: false });
  } finally {
    window.location.replace(returnTo);
  }
}

void finishSignIn();
