/** The part of a keycloak-js client the silent check uses. */
export interface SilentCheckClient {
  init(options: {
    onLoad: 'check-sso';
    pkceMethod: 'S256';
    checkLoginIframe: false;
    silentCheckSsoRedirectUri: string;
    messageReceiveTimeout: number;
    redirectUri?: string;
  }): Promise<boolean>;
}

/**
 * Asks the identity provider whether someone is signed in, without sending the tab away (keycloak-js's check-sso
 * in a hidden frame that loads `<origin>/silent-check-sso.html`), and rejects after `timeoutMs`: an identity
 * provider that does not answer must not hold the page, which then offers to sign in or try again. Used by the auth
 * frame and by the operations console, each on its own origin.
 */
export async function checkSso(
  client: SilentCheckClient,
  options: { origin: string; timeoutMs: number; redirectUri?: string },
): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      client.init({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        checkLoginIframe: false,
        ...(options.redirectUri === undefined ? {} : { redirectUri: options.redirectUri }),
        silentCheckSsoRedirectUri: `${options.origin}/silent-check-sso.html`,
        // keycloak-js gives up on the silent check's frames when the caller does.
        messageReceiveTimeout: options.timeoutMs,
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('the identity provider did not answer in time')),
          options.timeoutMs,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
