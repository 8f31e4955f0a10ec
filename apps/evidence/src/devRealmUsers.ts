import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A demo user of the development realm, with the password the dev identity provider accepts. */
export interface DevRealmUser {
  username: string;
  password: string;
  roles: readonly string[];
  agency: string | undefined;
}

/**
 * The development realm's demo users: the file the dev IdP reads them from (BAS_REALM_USERS_FILE, or
 * infra/keycloak/realm-bas.dev.json of this checkout; src/ and dist/ are as deep). Only ever used against an
 * identity provider on this machine: the passwords are published in the repository.
 */
export function devRealmUsers(): { file: string; users: DevRealmUser[] } {
  const file =
    process.env.BAS_REALM_USERS_FILE ??
    fileURLToPath(new URL('../../../infra/keycloak/realm-bas.dev.json', import.meta.url));
  const realm = JSON.parse(readFileSync(file, 'utf8')) as {
    users?: {
      username: string;
      realmRoles?: string[];
      attributes?: { agency?: string[] };
      credentials?: { type: string; value: string }[];
    }[];
  };
  const users = (realm.users ?? []).flatMap((user) => {
    const password = user.credentials?.find((credential) => credential.type === 'password')?.value;
    return password === undefined
      ? []
      : [
          {
            username: user.username,
            password,
            roles: user.realmRoles ?? [],
            agency: user.attributes?.agency?.[0],
          },
        ];
  });
  return { file, users };
}
