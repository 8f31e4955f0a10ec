import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { createRemoteContext } from '@bas/sdk';
import { createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agencyAuth } from '../auth/shellAuth.ts';
import { useSessionStore } from '../auth/sessionStore.ts';
import { useCatalog } from '../catalog/catalogStore.ts';
import { createNavigationService } from '../host/createNavigationService.ts';
import { createShellHost } from '../host/createShellHost.ts';
import { requestSurvey } from './requestSurvey.ts';
import { closeSurveyInvitation, useSurveyInvitation } from './surveyInvitationStore.ts';

const seed = seedCatalog();
const entryOf = (id: string) => {
  const entry = seed.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`the seed catalog has no "${id}"`);
  return entry;
};
const dokumen = entryOf('dokumen-kependudukan');
const aduan = entryOf('aduan-warga');
const skm = entryOf('skm');
// Internal: civil servants only.
const cuti = entryOf('cuti-online');

function showCatalog(entries: ManifestEntry[]) {
  useCatalog.setState({
    status: 'ready',
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    byRoute: new Map(entries.map((entry) => [entry.route, entry])),
    loadedFor: 'warga',
  });
}
const signIn = (username: string) =>
  useSessionStore.setState({
    status: 'authenticated',
    user: { username, name: username, roles: ['warga'] },
    notice: null,
  });
const in2026 = new Date('2026-06-01T10:00:00Z');
const in2027 = new Date('2027-01-01T00:00:00Z');

// The page remembers asks besides the device's storage, so each test asks for people of its own.
beforeEach(() => {
  localStorage.clear();
  showCatalog([dokumen, aduan, skm, cuti]);
});
afterEach(() => {
  closeSurveyInvitation();
  useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
});

describe('the survey request', () => {
  it("invites the person once, to the survey app's page for the service", async () => {
    signIn('warga');
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('offered');
    expect(useSurveyInvitation.getState().invitation).toEqual({
      appId: 'dokumen-kependudukan',
      path: '/layanan/skm?layanan=dokumen-kependudukan',
    });
    // Declined: the same person is not asked about the same service again this year.
    closeSurveyInvitation();
    expect(await requestSurvey('dokumen-kependudukan', new Date('2026-12-31T23:59:59Z'))).toBe(
      'already-asked',
    );
    expect(useSurveyInvitation.getState().invitation).toBeUndefined();
  });

  it('asks again in a new year (UTC), about another service, and another person', async () => {
    signIn('ani');
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('offered');
    expect(await requestSurvey('dokumen-kependudukan', in2027)).toBe('offered');
    expect(await requestSurvey('aduan-warga', in2026)).toBe('offered');
    signIn('budi');
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('offered');
    useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('offered');
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('already-asked');
  });

  it("remembers it on the device, without the person's name, and this year's only", async () => {
    signIn('cici');
    await requestSurvey('dokumen-kependudukan', in2026);
    await requestSurvey('aduan-warga', in2027);
    const kept = localStorage.getItem('bas.survey-asked') ?? '';
    expect(JSON.parse(kept)).toEqual([expect.stringMatching(/^2027:[0-9a-f]{16}:aduan-warga$/)]);
    expect(kept).not.toContain('cici');
  });

  it('is unavailable for an internal app, for the survey itself, and without the survey in the catalog', async () => {
    signIn('dedi');
    expect(await requestSurvey('cuti-online', in2026)).toBe('unavailable');
    expect(await requestSurvey('skm', in2026)).toBe('unavailable');
    expect(await requestSurvey('tidak-ada', in2026)).toBe('unavailable');
    showCatalog([dokumen]);
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('unavailable');
    showCatalog([dokumen, { ...skm, status: 'maintenance' }]);
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('unavailable');
    useCatalog.setState({ status: 'loading' });
    expect(await requestSurvey('dokumen-kependudukan', in2026)).toBe('unavailable');
    expect(useSurveyInvitation.getState().invitation).toBeUndefined();
  });

  it("is asked through the mounted app's context, about that app", async () => {
    signIn('eka');
    const router = createMemoryRouter([{ path: '*', element: null }], {
      initialEntries: ['/layanan/dokumen-kependudukan'],
    });
    const navigation = createNavigationService(router, () => Promise.resolve(undefined));
    const context = createRemoteContext(
      dokumen,
      createShellHost({ navigation, authFor: agencyAuth }, dokumen.agency, () => {}),
    );
    expect(await context.survey.request()).toBe('offered');
    expect(useSurveyInvitation.getState().invitation?.appId).toBe('dokumen-kependudukan');
  });
});
