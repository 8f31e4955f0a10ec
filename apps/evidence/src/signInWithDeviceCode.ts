/** The attributes of one tag, e.g. `<input type="hidden" name="xsrf" value="…">`, with `&amp;` and `&#38;` decoded. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', value = ''] of tag.matchAll(/([a-zA-Z_.:-]+)="([^"]*)"/g)) {
    found.set(name.toLowerCase(), value.replaceAll('&amp;', '&').replaceAll('&#38;', '&'));
  }
  return found;
}

/** The page's first form: where it posts and its hidden fields (xsrf, user_code: what the browser would send). */
function firstForm(
  html: string,
  base: URL,
): { action: URL; fields: URLSearchParams; asksPassword: boolean } | null {
  const form = /<form\b[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (form === null) return null;
  const action = attributes(form[0].slice(0, form[0].indexOf('>') + 1)).get('action') ?? base.href;
  const fields = new URLSearchParams();
  for (const [input] of (form[1] ?? '').matchAll(/<input\b[^>]*>/gi)) {
    const found = attributes(input);
    const name = found.get('name');
    if (found.get('type') === 'hidden' && name !== undefined) fields.set(name, found.get('value') ?? '');
  }
  return { action: new URL(action, base), fields, asksPassword: /name="password"/.test(form[1] ?? '') };
}

/**
 * Signs `username` in to the identity provider at `issuer` with the device authorization grant (RFC 8628) of the
 * `bas-cli` client, walking its pages over plain HTTP as a browser would: the page that carries the code, the
 * consent ("Izinkan"), the sign-in form. It is the sign-in of e2e/support/cliToken.ts without a browser, and fits
 * the development identity provider's pages only (a real Keycloak's differ, and its people sign in themselves).
 * Returns the access token; anything unexpected throws with the step that failed.
 */
export async function signInWithDeviceCode(
  issuer: string,
  credentials: { username: string; password: string },
): Promise<string> {
  const endpoint = `${issuer}/protocol/openid-connect`;
  const started = await fetch(`${endpoint}/auth/device`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'bas-cli', scope: 'openid profile' }),
  });
  const device = (await started.json().catch(() => ({}))) as Record<string, unknown>;
  if (typeof device.device_code !== 'string' || typeof device.verification_uri_complete !== 'string') {
    throw new Error(`${endpoint}/auth/device answered HTTP ${started.status} without a device code`);
  }
  // The session and interaction cookies, as the browser keeps them between the pages.
  const jar = new Map<string, string>();
  const visit = async (url: URL, form?: URLSearchParams) => {
    const response = await fetch(url, {
      method: form === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      ...(form === undefined ? {} : { body: form }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  };
  let url = new URL(device.verification_uri_complete);
  let response = await visit(url);
  let signedIn = false;
  // Code page, consent, sign-in and the redirects between them take about ten steps; twenty is a loop.
  for (let step = 0; step < 20; step += 1) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      url = new URL(location, url);
      response = await visit(url);
      continue;
    }
    const form = firstForm(await response.text(), url);
    if (form === null) break;
    if (form.asksPassword) {
      if (signedIn) throw new Error(`${credentials.username}'s sign-in was refused (wrong password?)`);
      form.fields.set('username', credentials.username);
      form.fields.set('password', credentials.password);
      signedIn = true;
    }
    url = form.action;
    response = await visit(url, form.fields);
  }
  const answer = await fetch(`${endpoint}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: 'bas-cli',
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: device.device_code,
    }),
  });
  const tokens = (await answer.json().catch(() => ({}))) as Record<string, unknown>;
  if (typeof tokens.access_token !== 'string') {
    throw new Error(
      `the device sign-in did not complete (${String(tokens.error ?? `HTTP ${answer.status}`)}, last page ${url.href})`,
    );
  }
  return tokens.access_token;
}
