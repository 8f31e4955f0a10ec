import { vi } from 'vitest';
import type { KeycloakClient } from '../auth/createConsoleSession.ts';

export interface FakePerson {
  username?: string;
  name?: string;
  roles?: string[];
  agency?: string;
}

/** keycloak-js as the console sees it: signed in as `person` after check-sso, or nobody when `person` is null. */
export function fakeKeycloak(person: FakePerson | null = {}) {
  const signedIn = person !== null;
  const client = {
    authenticated: signedIn,
    token: signedIn ? 'console-token' : undefined,
    tokenParsed: signedIn
      ? {
          preferred_username: person.username ?? 'admin',
          name: person.name ?? 'Admin Diskominfo',
          realm_access: { roles: person.roles ?? ['admin'] },
          agency: person.agency ?? 'diskominfo',
          exp: Math.floor(Date.now() / 1000) + 300,
        }
      : undefined,
    timeSkew: 0,
    init: vi.fn(() => Promise.resolve(signedIn)),
    login: vi.fn(() => Promise.resolve()),
    logout: vi.fn(() => Promise.resolve()),
    updateToken: vi.fn(() => Promise.resolve(false)),
    isTokenExpired: vi.fn(() => false),
    clearToken: vi.fn(() => {
      client.authenticated = false;
    }),
  };
  return client;
}

export const asClient = (fake: ReturnType<typeof fakeKeycloak>) => fake as unknown as KeycloakClient;
