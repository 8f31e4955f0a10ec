/**
 * Headers every answer of the portal's origin carries. No page may frame the portal, not even its own: it holds a
 * person's session, and the silent sign-in check now runs in the auth frame on its own origin. A portal page opened
 * by another page (a remote's `window.open` of the portal) is cut off from its opener, so no script can reach into
 * a tab that runs another agency's app; the portal may still open popups of its own. Types are never sniffed, and
 * addresses (which can name a request) do not leak to other origins. A strict Content-Security-Policy for scripts is
 * a separate step: remotes load from other origins.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'noopener-allow-popups',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};
