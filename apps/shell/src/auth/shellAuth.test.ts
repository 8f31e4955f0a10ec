import { describe, expect, it, vi } from 'vitest';
import type { Session } from './createSession.ts';
import { attachSession, bindAgency } from './shellAuth.ts';

describe('bindAgency', () => {
  it('asks the auth frame once per agency whose code the page runs, and again for any other agency', async () => {
    const bind = vi.fn((agency: string) => Promise.resolve(agency === 'diskominfo'));
    attachSession({ bind, binding: () => Promise.resolve(undefined) } as unknown as Session);

    expect(await bindAgency('diskominfo', '/layanan/pengumuman')).toBe(true);
    expect(await bindAgency('diskominfo', '/layanan/pengumuman')).toBe(true);
    expect(await bindAgency('diskominfo', '/layanan/aduan-warga')).toBe(true);
    expect(bind).toHaveBeenCalledTimes(1);

    // Another agency's app in the same page: the frame decides (here: no, the page is being replaced).
    expect(await bindAgency('disdukcapil', '/layanan/dokumen-kependudukan')).toBe(false);
    expect(bind).toHaveBeenLastCalledWith('disdukcapil', '/layanan/dokumen-kependudukan');
  });
});
