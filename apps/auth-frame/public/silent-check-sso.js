/* global window -- a browser page of the auth origin */
// keycloak-js's silent check-sso: hand the answer (in this page's URL) back to the auth frame.
window.parent.postMessage(window.location.href, window.location.origin);
