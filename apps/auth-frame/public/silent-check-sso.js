// keycloak-js's silent check-sso: hand the answer (in this page's URL) back to the auth frame.
parent.postMessage(location.href, location.origin);
