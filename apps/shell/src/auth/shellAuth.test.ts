import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from './createSession.ts';
import type * as ShellAuth from './shellAuth.ts';

// Each test starts from a page that has attached nothing yet.
let auth: typeof ShellAuth;
beforeEach(async () => {
  vi.resetModules();
  auth = await import('./shellAuth.ts');
});

/** The auth frame as the page sees it: the tab bound to `tabAgency` before, `bind` granting `allowed` only. */
function session(allowed: string, tabAgency?: string) {
  const bind = vi.fn((agency: string) => Promise.resolve(agency === allowed));
  return { bind, binding: () => Promise.resolve(tabAgency) } as unknown as Session & { bind: typeof bind };
}

describe('bindAgency', () => {
  it('asks the auth frame once per agency whose code the page runs, and again for any other agency', async () => {
    const frame = session('diskominfo');
    auth.attachSession(frame);

    expect(await auth.bindAgency('diskominfo', '/layanan/pengumuman')).toBe(true);
    expect(await auth.bindAgency('diskominfo', '/layanan/pengumuman')).toBe(true);
    expect(await auth.bindAgency('diskominfo', '/layanan/aduan-warga')).toBe(true);
    expect(frame.bind).toHaveBeenCalledTimes(1);

    // Another agency's app in the same page: the frame decides (here: no, the page is being replaced).
    expect(await auth.bindAgency('disdukcapil', '/layanan/dokumen-kependudukan')).toBe(false);
    expect(frame.bind).toHaveBeenLastCalledWith('disdukcapil', '/layanan/dokumen-kependudukan');
  });
});

describe('attachSession', () => {
  it("is heard once: an app's code calling it again with no session does not let other agencies preload", async () => {
    auth.attachSession(session('diskominfo', 'diskominfo'));
    expect(await auth.bindAgency('diskominfo', '/layanan/pengumuman')).toBe(true);

    // What a remote could do by importing the shell's own chunk: settle the page as one without sign-in.
    auth.attachSession(undefined);

    expect(auth.claimPreloadOf('disdukcapil')).toBe(false);
    expect(auth.claimPreloadOf('diskominfo')).toBe(true);
  });
});
