/** The portals the global setup starts: realm redirect URIs name these ports exactly. */
export const portals = {
  /** With the embedded dev identity provider. */
  devIdp: 'http://127.0.0.1:4200',
  /** With a real Keycloak 26. */
  keycloak: 'http://127.0.0.1:4201',
} as const;

/** What the global setup started, handed to the tests through the environment. */
export const testPortal = {
  url: `${portals.devIdp}/`,
  get remoteOrigin(): string {
    return process.env.BAS_E2E_REMOTE_ORIGIN ?? '';
  },
  /** Why the real-Keycloak portal is not running, or undefined when it is. */
  get keycloakUnavailable(): string | undefined {
    return process.env.BAS_E2E_KEYCLOAK_UNAVAILABLE;
  },
  /** The shell's remote timeout in these tests. */
  remoteTimeoutMs: 2000,
  /** Every page view reports real-user monitoring (production samples one in ten). */
  rumSampleRate: 1,
};
