import type { EvidenceService } from '@bas/manifest/evidence';
import { devRealmUsers } from './devRealmUsers.ts';
import { EvidenceError } from './EvidenceError.ts';
import { issuerOf, isLoopback } from './localAdminToken.ts';

/** A test account that signs in at the portal's identity provider, as a person would. */
export interface ScreenAccount {
  username: string;
  password: string;
}

/**
 * Who the screenshots are taken as: a citizen for public apps that ask to sign in (`requiresLogin`), and a civil
 * servant for internal apps, of the app's own agency where one is given, else one for every internal app (a
 * platform admin sees them all). Public apps are taken anonymously first, as most citizens see them.
 */
export interface ScreenAccounts {
  public?: ScreenAccount;
  internal?: ScreenAccount;
  /** By agency code (`disdukcapil`). */
  internalByAgency: ReadonlyMap<string, ScreenAccount>;
  /** Where they come from, for the report's cover and the command's output. */
  source: string;
}

/** `kec-bogor-tengah` → `KEC_BOGOR_TENGAH`, the suffix of its settings. */
export const agencySuffix = (code: string): string => code.toUpperCase().replaceAll('-', '_');

/** One account from `<prefix>USER<suffix>` and `<prefix>PASSWORD<suffix>`; both or neither. */
function accountFrom(
  env: Record<string, string | undefined>,
  kind: 'PUBLIC' | 'INTERNAL',
  suffix = '',
): ScreenAccount | undefined {
  const userName = `BAS_EVIDENCE_${kind}_USER${suffix}`;
  const passwordName = `BAS_EVIDENCE_${kind}_PASSWORD${suffix}`;
  const username = env[userName]?.trim() ?? '';
  const password = env[passwordName] ?? '';
  if (username === '' && password === '') return undefined;
  if (username === '' || password === '') {
    throw new EvidenceError(
      `${username === '' ? userName : passwordName} is missing: set both ${userName} and ${passwordName} (a test account's name and password for the screenshots), or neither.`,
    );
  }
  return { username, password };
}

/**
 * The accounts the settings give: `BAS_EVIDENCE_PUBLIC_USER`/`_PASSWORD` (a citizen),
 * `BAS_EVIDENCE_INTERNAL_USER`/`_PASSWORD` (a civil servant who may open every internal app) and
 * `BAS_EVIDENCE_INTERNAL_USER_<AGENCY>`/`BAS_EVIDENCE_INTERNAL_PASSWORD_<AGENCY>` (one of that agency, e.g.
 * `_DISDUKCAPIL`, `_KEC_BOGOR_TENGAH`). A name without its password is an error that says which.
 */
export function accountsFromEnv(env: Record<string, string | undefined>): ScreenAccounts {
  const internalByAgency = new Map<string, ScreenAccount>();
  for (const name of Object.keys(env)) {
    const suffix = /^BAS_EVIDENCE_INTERNAL_(?:USER|PASSWORD)(_[A-Z0-9_]+)$/.exec(name)?.[1];
    if (suffix === undefined) continue;
    const account = accountFrom(env, 'INTERNAL', suffix);
    if (account !== undefined)
      internalByAgency.set(suffix.slice(1).toLowerCase().replaceAll('_', '-'), account);
  }
  const publicAccount = accountFrom(env, 'PUBLIC');
  const internal = accountFrom(env, 'INTERNAL');
  return {
    ...(publicAccount === undefined ? {} : { public: publicAccount }),
    ...(internal === undefined ? {} : { internal }),
    internalByAgency,
    source: 'BAS_EVIDENCE_PUBLIC_USER, BAS_EVIDENCE_INTERNAL_USER[_<AGENCY>]',
  };
}

/**
 * The development realm's demo users as screenshot accounts: a citizen (`warga`), each agency's civil servant
 * (`asn.disdukcapil`) and the admin for every other internal app.
 */
export function devRealmAccounts(): ScreenAccounts {
  const { users } = devRealmUsers();
  const pick = ({ username, password }: ScreenAccount) => ({ username, password });
  const citizen = users.find((user) => user.roles.includes('warga'));
  const admin = users.find((user) => user.roles.includes('admin') && user.roles.includes('asn'));
  const internalByAgency = new Map<string, ScreenAccount>();
  // Agencies' own civil servants first, so that the admin (of diskominfo) does not stand for an agency with its own.
  const civilServants = users.filter((user) => user.roles.includes('asn') && user.agency !== undefined);
  for (const user of [...civilServants].sort(
    (a, b) => Number(a.roles.includes('admin')) - Number(b.roles.includes('admin')),
  )) {
    if (user.agency !== undefined && !internalByAgency.has(user.agency))
      internalByAgency.set(user.agency, pick(user));
  }
  return {
    ...(citizen === undefined ? {} : { public: pick(citizen) }),
    ...(admin === undefined ? {} : { internal: pick(admin) }),
    internalByAgency,
    source: "the development realm's demo users",
  };
}

/**
 * The accounts for the portal at `portalUrl`: the settings' where given; for the portal `npm start` runs on this
 * machine (and its identity provider there too), the development realm's demo users fill in the rest, as the
 * admin's token is got. Elsewhere only the settings count.
 */
export async function screenAccounts(
  portalUrl: URL,
  env: Record<string, string | undefined>,
): Promise<ScreenAccounts> {
  const given = accountsFromEnv(env);
  if (!isLoopback(portalUrl)) return given;
  const issuer = await issuerOf(portalUrl).catch(() => undefined);
  if (issuer === undefined || !isLoopback(issuer)) return given;
  const demo = devRealmAccounts();
  const publicAccount = given.public ?? demo.public;
  const internal = given.internal ?? demo.internal;
  return {
    ...(publicAccount === undefined ? {} : { public: publicAccount }),
    ...(internal === undefined ? {} : { internal }),
    internalByAgency: new Map([...demo.internalByAgency, ...given.internalByAgency]),
    source: `${given.source}, else ${demo.source}`,
  };
}

/** The account to open `service` with in the portal: a civil servant for an internal app, none for a public one. */
export function internalAccountFor(
  service: Pick<EvidenceService, 'agency'>,
  accounts: ScreenAccounts,
): ScreenAccount | undefined {
  return accounts.internalByAgency.get(service.agency.code) ?? accounts.internal;
}
