/**
 * keycloak-js tests whether the browser lets the IdP's cookies through in an iframe before a silent check-sso.
 * These are the two pages Keycloak serves for that test, in the same shape: step 1 sets a cookie and goes to
 * step 2, which reports to the parent page whether the cookie arrived.
 */
export const thirdPartyCookiePages = {
  step1: `<!doctype html><html><body><script>
document.cookie = 'KEYCLOAK_3P_COOKIE_SAMESITE=supported; Max-Age=60; SameSite=None; Secure';
document.cookie = 'KEYCLOAK_3P_COOKIE=supported; Max-Age=60';
window.location.href = 'step2.html';
</script></body></html>`,
  step2: `<!doctype html><html><body><script>
const supported = document.cookie.includes('KEYCLOAK_3P_COOKIE');
document.cookie = 'KEYCLOAK_3P_COOKIE_SAMESITE=; Max-Age=0; SameSite=None; Secure';
document.cookie = 'KEYCLOAK_3P_COOKIE=; Max-Age=0';
window.parent.postMessage(supported ? 'supported' : 'unsupported', '*');
</script></body></html>`,
};
