import { z } from 'zod';
import { describeIssues } from '../common/describeIssues.ts';

const address = (example: string) =>
  z
    .url({ protocol: /^https?$/, error: `must be an absolute http(s) address, like "${example}"` })
    .transform((url) => url.replace(/\/+$/, ''));

/** A name that must be there: its message says which, whether it is missing, empty or not text. */
const name = (message: string) => z.string({ error: message }).min(1, { error: message });

const consoleConfigSchema = z.object(
  {
    registryUrl: address('https://pusat-kendali.kotabogor.go.id'),
    auth: z.object(
      {
        url: address('https://sso.kotabogor.go.id'),
        realm: name('must name the identity provider\'s realm, "bas"'),
        clientId: name('must name the console\'s client, "bas-console"'),
      },
      { error: 'must be an object with "url", "realm" and "clientId" of the identity provider' },
    ),
  },
  { error: 'must be a JSON object with "registryUrl" and "auth"' },
);

/** The deployment's settings, read at run time from `/config.json` so that one build serves every deployment. */
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

/** Why config.json cannot be used: the page that says so names the cause and what the operator should do. */
export class ConfigProblem extends Error {
  override readonly name = 'ConfigProblem';

  constructor(
    readonly reason: 'unreachable' | 'status' | 'not-json' | 'invalid',
    /** What was wrong, in the words of the check (a status, the fields). */
    readonly detail: string,
  ) {
    super(`config.json cannot be used (${reason}): ${detail}`);
  }
}

/** A small static file: a server that holds it longer than this is not answering. */
const timeoutMs = 5000;

/** Reads and checks `/config.json` from the console's own origin; every failure is a `ConfigProblem`. */
export async function loadConsoleConfig(origin: string): Promise<ConsoleConfig> {
  let response: Response;
  try {
    response = await fetch(new URL('/config.json', origin), {
      headers: { accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    throw new ConfigProblem('unreachable', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw new ConfigProblem('status', `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ConfigProblem('not-json', response.headers.get('content-type') ?? 'no content type');
  }
  const parsed = consoleConfigSchema.safeParse(body);
  if (!parsed.success) throw new ConfigProblem('invalid', describeIssues(parsed.error));
  return parsed.data;
}
