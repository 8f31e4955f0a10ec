import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError } from '../CliError.ts';
import { portalAuth, tokenRequest, type TokenSet } from './portalAuth.ts';

/**
 * Where `bas-remote login` keeps a developer's tokens, per portal: a file only its owner can read
 * ($BAS_REMOTE_CONFIG_DIR, or ~/.config/bas-remote).
 */
export function credentialsFile(): string {
  const dir =
    process.env.BAS_REMOTE_CONFIG_DIR ??
    join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'bas-remote');
  return join(dir, 'credentials.json');
}

/**
 * Where a sign-in is kept in the file: the portal's origin, and the profile when it is not the default one. A
 * developer who also approves keeps two (`login --profile admin`), so approving never replaces the sign-in their
 * publications go out with.
 */
function keyOf(portal: string, profile: string | undefined): string {
  const origin = new URL(portal).origin;
  return profile === undefined || profile === 'default' ? origin : `${origin}#${profile}`;
}

/** How a sign-in is named to a person: `http://127.0.0.1:4100 (profile admin)`. */
export function describeSignIn(portal: string, profile: string | undefined): string {
  const origin = new URL(portal).origin;
  return profile === undefined || profile === 'default' ? origin : `${origin} (profile ${profile})`;
}

function readAll(): Record<string, TokenSet> {
  const file = credentialsFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, TokenSet>) : {};
}

export function saveTokens(portal: string, profile: string | undefined, tokens: TokenSet): void {
  const file = credentialsFile();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify({ ...readAll(), [keyOf(portal, profile)]: tokens }, null, 2)}\n`, {
    mode: 0o600,
  });
  chmodSync(file, 0o600);
}

/** Forgets the sign-in to a portal; true when there was one. */
export function forgetTokens(portal: string, profile: string | undefined): boolean {
  const key = keyOf(portal, profile);
  const kept = Object.entries(readAll());
  const rest = kept.filter(([saved]) => saved !== key);
  if (rest.length === kept.length) return false;
  writeFileSync(credentialsFile(), `${JSON.stringify(Object.fromEntries(rest), null, 2)}\n`, { mode: 0o600 });
  return true;
}

/**
 * A valid access token for the portal from `bas-remote login`, refreshed when it has expired; undefined when
 * this developer never signed in to it.
 */
export async function savedAccessToken(
  portal: string,
  profile: string | undefined,
): Promise<string | undefined> {
  const saved = readAll()[keyOf(portal, profile)];
  if (saved === undefined) return undefined;
  if (saved.expiresAt - 30_000 > Date.now()) return saved.accessToken;
  if (saved.refreshToken === undefined) return undefined;
  const answer = await tokenRequest((await portalAuth(portal)).tokenEndpoint, {
    grant_type: 'refresh_token',
    refresh_token: saved.refreshToken,
  });
  if ('error' in answer) {
    throw new CliError(
      `Your sign-in to ${describeSignIn(portal, profile)} has ended (${answer.error}): run \`${loginCommand(portal, profile)}\` again.`,
    );
  }
  saveTokens(portal, profile, answer.tokens);
  return answer.tokens.accessToken;
}

/** The command that signs in again, as the person should type it. */
export function loginCommand(portal: string, profile: string | undefined): string {
  const flag = profile === undefined || profile === 'default' ? '' : ` --profile ${profile}`;
  return `bas-remote login --portal ${new URL(portal).origin}${flag}`;
}
