import { describe, expect, it } from 'vitest';
import { appBasePath } from '../appBasePath.ts';
import { createRemoteContext } from '../createRemoteContext.ts';
import { createStandaloneContext } from '../standalone/createStandaloneContext.ts';
import { checkRemoteHost } from './checkRemoteHost.ts';
import { createTestContext } from './createTestContext.ts';
import { testEntry } from './testEntry.fixture.ts';

const entry = testEntry();

describe('checkRemoteHost', () => {
  it('passes the test context', async () => {
    const { context, setLocale } = createTestContext({ entry });
    expect(
      await checkRemoteHost(context, { entry, basePath: appBasePath(entry), switchLocale: setLocale }),
    ).toEqual([]);
  });

  it('passes the standalone page, at its own root', async () => {
    window.history.replaceState(null, '', '/');
    const context = createStandaloneContext({ entry, basePath: '/' });
    expect(await checkRemoteHost(context, { entry, basePath: '/' })).toEqual([]);
  });

  it('names each promise a host breaks', async () => {
    const { context } = createTestContext({ entry });
    // A host that ignores relative paths, never tells listeners, and mints a new user object on every call.
    const broken = createRemoteContext(entry, {
      navigation: { ...context.navigation, navigate: () => {}, subscribe: () => () => {} },
      auth: { ...context.auth, getUser: () => ({ username: 'warga', name: 'Siti', roles: ['warga'] }) },
      locale: context.locale,
      notify: () => () => {},
      record: () => {},
      reportError: () => {},
      // Throwing instead of rejecting: the context still answers the remote with a rejected promise.
      reportRequest: () => {
        throw new Error('refused');
      },
      // …and answers a survey request with something the contract does not know.
      requestSurvey: () => Promise.resolve('maybe' as 'offered'),
    });
    // …and whose language switch never reaches the app.
    const ignored = () => {};
    expect(
      await checkRemoteHost(broken, { entry, basePath: '/layanan/lain', switchLocale: ignored }),
    ).toEqual([
      'basePath is "/layanan/pengumuman", not "/layanan/lain".',
      'navigate("periksa-host/1") led to "/layanan/pengumuman", not "/layanan/lain/periksa-host/1".',
      'navigate("/cari") led to "/layanan/pengumuman", not "/cari".',
      'navigate("/") led to "/layanan/pengumuman", not "/".',
      'after switching to "en", locale.get() is "id".',
      'switching to "en" did not tell the app\'s locale listeners.',
      'auth.getUser() returns a new object on every call; React needs the same one until sign-in changes.',
      'survey.request() answered "maybe", not "offered", "already-asked" or "unavailable".',
    ]);
  });
});
