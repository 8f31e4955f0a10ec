import type { ManifestEntry } from '@bas/manifest';
import type { Locale } from '@bas/sdk';
import { createTestContext, fakeAccessToken } from '@bas/sdk/testing';
import { act } from '@testing-library/react';
import entryJson from '../../bas-remote.json' with { type: 'json' };
import { createRemote } from '../remote.tsx';

/** Where the tests' msw server answers as the complaint desk. */
export const apiBase = 'http://aduan.test/api/';
// The test API stands in for the agency's: the app's token goes there, as apiOrigins in the entry would allow.
const entry = { ...entryJson, apiOrigins: [new URL(apiBase).origin] } as ManifestEntry;
export const budi = { username: 'warga', name: 'Budi', roles: ['warga'] };

/**
 * The app as the shell mounts it, Budi signed in, against the API at `apiBase`, opened at its route with `search`
 * (`?kategori=jalan`, as the catalog's shortcuts link) when given; returns the test context.
 */
export function mountApp(locale: Locale = 'id', search = '') {
  const test = createTestContext({ entry, user: budi, accessToken: fakeAccessToken(budi), locale });
  // The context's `path` option is taken as a pathname whole; a query string arrives through its navigation.
  if (search !== '') test.navigateTo(`${test.context.basePath}${search}`);
  const element = document.body.appendChild(document.createElement('div'));
  act(() => void createRemote(apiBase).mount(element, test.context));
  return test;
}
