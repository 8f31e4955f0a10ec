import { parseArgs } from 'node:util';
import { EvidenceError } from './EvidenceError.ts';
import { accountsFromEnv } from './screenAccounts.ts';

export const usage = `Usage: npm run evidence -- --period YYYY [--out DIR] [--screenshots | --no-screenshots]

  --period YYYY      the year whose SPBE evidence to assemble (required), e.g. 2026
  --out DIR          where to write it (default evidence/<period>)
  --screenshots      screenshot every service's main screens through the portal, and fail if there is none
                     (default: taken when BAS_REGISTRY_URL is a portal)
  --no-screenshots   take none

Settings: BAS_REGISTRY_URL (default http://127.0.0.1:4100, the portal npm start runs), BAS_EVIDENCE_TOKEN (a
platform admin's token; without it, on npm start's portal, the demo admin signs in), CHROMIUM_PATH (default
/usr/bin/chromium). The screenshots' test accounts: BAS_EVIDENCE_PUBLIC_USER and BAS_EVIDENCE_PUBLIC_PASSWORD (a
citizen, for public apps that ask to sign in), BAS_EVIDENCE_INTERNAL_USER and BAS_EVIDENCE_INTERNAL_PASSWORD (a
civil servant for internal apps), BAS_EVIDENCE_INTERNAL_USER_<AGENCY> and BAS_EVIDENCE_INTERNAL_PASSWORD_<AGENCY>
(one agency's, e.g. _DISDUKCAPIL); on npm start's portal the development realm's demo users.`;

export interface CliOptions {
  /** Four digits: the registry's `period`. */
  period: string;
  outDir: string;
  registryUrl: URL;
  /** BAS_EVIDENCE_TOKEN, when set. */
  token: string | undefined;
  /** `--screenshots` (`on`), `--no-screenshots` (`off`), or neither (`auto`: when there is a portal). */
  screenshots: 'auto' | 'on' | 'off';
}

/** `--period`: a year that has begun. A later one has no evidence yet, and a typo (`26`, `2o26`) must not pass. */
function readPeriod(value: string | undefined, now: Date): string {
  if (value === undefined) {
    throw new EvidenceError(
      `--period is required: the year whose evidence to assemble, e.g. npm run evidence -- --period ${now.getFullYear()}.`,
    );
  }
  if (!/^\d{4}$/.test(value)) {
    throw new EvidenceError(
      `--period must be a year of four digits (YYYY), e.g. --period 2026; got "${value}".`,
    );
  }
  if (Number(value) > now.getFullYear()) {
    throw new EvidenceError(`--period ${value} has not begun: give ${now.getFullYear()} or an earlier year.`);
  }
  return value;
}

function readRegistryUrl(value: string | undefined): URL {
  const text = value === undefined || value === '' ? 'http://127.0.0.1:4100' : value;
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new EvidenceError(
      `BAS_REGISTRY_URL must be the http(s) address of the registry or of the portal in front of it, e.g. https://bas.kotabogor.go.id; got "${text}".`,
    );
  }
  return url;
}

/**
 * The command line and environment of `npm run evidence`, checked: every mistake is an EvidenceError naming the
 * flag or variable and what it takes. `now` decides which years have begun.
 */
export function readCliOptions(
  args: readonly string[],
  env: Record<string, string | undefined>,
  now = new Date(),
): CliOptions {
  let values: {
    period?: string | undefined;
    out?: string | undefined;
    screenshots?: boolean | undefined;
    'no-screenshots'?: boolean | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        period: { type: 'string' },
        out: { type: 'string' },
        screenshots: { type: 'boolean' },
        'no-screenshots': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs names the option it could not take ("Unknown option '--periode'"); the usage says what it takes.
    throw new EvidenceError(`${(error as Error).message}\n\n${usage}`);
  }
  const period = readPeriod(values.period, now);
  if (values.out === '') throw new EvidenceError('--out must name a folder, e.g. --out /tmp/spbe-2026.');
  if (values.screenshots === true && values['no-screenshots'] === true) {
    throw new EvidenceError('Give --screenshots or --no-screenshots, not both.');
  }
  // A test account's name without its password (or the other way) is a mistake to say now, not after the report.
  accountsFromEnv(env);
  const token = env.BAS_EVIDENCE_TOKEN?.trim();
  return {
    period,
    outDir: values.out ?? `evidence/${period}`,
    registryUrl: readRegistryUrl(env.BAS_REGISTRY_URL),
    token: token === undefined || token === '' ? undefined : token,
    screenshots: values.screenshots === true ? 'on' : values['no-screenshots'] === true ? 'off' : 'auto',
  };
}
