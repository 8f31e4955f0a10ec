/**
 * Headers every answer of the portal's origin carries. No other site may frame the portal (it holds a person's
 * session); the portal itself may, because keycloak-js checks the sign-in silently through `silent-check-sso.html`
 * in a frame of the portal's own origin. Types are never sniffed, and addresses (which can name a request) do not
 * leak to other origins. A strict Content-Security-Policy for scripts is a separate step: remotes load from other
 * origins.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
};
