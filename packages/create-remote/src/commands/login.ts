import { CliError } from '../CliError.ts';
import { credentialsFile, describeSignIn, saveTokens } from '../auth/credentialsStore.ts';
import { describeToken } from '../auth/describeToken.ts';
import { portalAuth, tokenRequest } from '../auth/portalAuth.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `bas-remote login`: signs a developer in with the device authorization grant (RFC 8628). The terminal shows an
 * address and a code; the developer signs in in a browser, and the CLI keeps the tokens for `publish`.
 */
export async function login(options: { portal: string; profile?: string | undefined }): Promise<void> {
  const auth = await portalAuth(options.portal);
  const response = await fetch(auth.deviceEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'bas-cli', scope: 'openid profile' }),
  });
  const device = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (typeof device.device_code !== 'string') {
    throw new CliError(
      `The identity provider did not start a device sign-in (${String(device.error ?? response.status)}): is the bas-cli client in the realm?`,
    );
  }
  console.log(`Open ${String(device.verification_uri_complete ?? device.verification_uri)}`);
  console.log(`and sign in as a developer. Code: ${String(device.user_code)}`);
  console.log('Waiting for the sign-in…');
  let interval = Number(device.interval ?? 5) * 1000;
  const deadline = Date.now() + Number(device.expires_in ?? 600) * 1000;
  while (Date.now() < deadline) {
    await sleep(interval);
    const answer = await tokenRequest(auth.tokenEndpoint, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: device.device_code,
    });
    if ('tokens' in answer) {
      saveTokens(options.portal, options.profile, answer.tokens);
      const { roles, text } = describeToken(answer.tokens.accessToken);
      console.log(
        `Signed in as ${text} on ${describeSignIn(options.portal, options.profile)}, kept in ${credentialsFile()}.`,
      );
      if (!roles.includes('developer') && !roles.includes('admin')) {
        console.log('This account is not a developer: the registry will refuse its publications.');
      }
      return;
    }
    if (answer.error === 'slow_down') interval += 5000;
    else if (answer.error !== 'authorization_pending') {
      throw new CliError(
        `Sign-in failed: ${answer.error}${answer.description === undefined ? '' : ` (${answer.description})`}. Run login again.`,
      );
    }
  }
  throw new CliError('The code expired before anyone signed in: run login again.');
}
