/* global window -- a browser page of the console's origin */
// keycloak-js's silent check-sso: hand the answer (in this page's URL) back to the console page that framed it. A
// file rather than an inline script, so the console's policy can stay `script-src 'self'`.
window.parent.postMessage(window.location.href, window.location.origin);
