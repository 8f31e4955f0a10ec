import { devRealmUsers } from './devRealmUsers.ts';
import { EvidenceError } from './EvidenceError.ts';
import { howToGetToken } from './howToGetToken.ts';
import { signInWithDeviceCode } from './signInWithDeviceCode.ts';

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** This machine: the only place a development identity provider with its published demo password may be. */
export const isLoopback = (url: URL): boolean => loopback.has(url.hostname);

async function readJson(url: URL): Promise<Record<string, unknown>> {
  const response = await fetch(url).catch((error: unknown) => {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new Error(`${url.href} did not answer: ${cause?.code ?? (error as Error).message}`);
  });
  if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * The identity provider, found the way the portal page finds it: the portal's config.json names its auth origin,
 * whose own config.json names the provider and realm.
 */
export async function issuerOf(portal: URL): Promise<URL> {
  const portalAuth = (await readJson(new URL('/config.json', portal))).auth as
    { frameOrigin?: string } | undefined;
  if (portalAuth?.frameOrigin === undefined) throw new Error(`${portal.origin}/config.json names no sign-in`);
  const auth = (await readJson(new URL('/config.json', portalAuth.frameOrigin))).auth as
    { url?: string; realm?: string } | undefined;
  if (auth?.url === undefined || auth.realm === undefined) {
    throw new Error(`${portalAuth.frameOrigin}/config.json names no identity provider`);
  }
  return new URL(`${auth.url}/realms/${auth.realm}`);
}

/** The development realm's admin and password (devRealmUsers). */
function demoAdmin(): { username: string; password: string } {
  const { file, users } = devRealmUsers();
  const admin = users.find((user) => user.roles.includes('admin'));
  if (admin === undefined) throw new Error(`${file} has no admin with a password`);
  return { username: admin.username, password: admin.password };
}

/**
 * An admin's token for the portal `npm start` runs on this machine, so that `npm run evidence` works there with no
 * setting: the demo admin signs in to the development identity provider. Anything else (a portal elsewhere, a real
 * identity provider, a sign-in that fails) is an error that says how to get a token and set BAS_EVIDENCE_TOKEN.
 */
export async function localAdminToken(registryUrl: URL): Promise<string> {
  const help = howToGetToken(registryUrl);
  if (!isLoopback(registryUrl)) {
    throw new EvidenceError(`No BAS_EVIDENCE_TOKEN for the registry at ${registryUrl.origin}.\n${help}`);
  }
  let issuer: URL;
  try {
    issuer = await issuerOf(registryUrl);
  } catch (error) {
    throw new EvidenceError(
      `No BAS_EVIDENCE_TOKEN, and the portal at ${registryUrl.origin} did not say where to sign in (${(error as Error).message}): is npm start running?\n${help}`,
    );
  }
  if (!isLoopback(issuer)) {
    throw new EvidenceError(
      `No BAS_EVIDENCE_TOKEN, and the portal signs in at ${issuer.origin}, a real identity provider where people sign in themselves.\n${help}`,
    );
  }
  try {
    return await signInWithDeviceCode(issuer.href.replace(/\/$/, ''), demoAdmin());
  } catch (error) {
    throw new EvidenceError(
      `No BAS_EVIDENCE_TOKEN, and the demo admin could not sign in through ${issuer.href} (${(error as Error).message}).\n${help}`,
    );
  }
}
