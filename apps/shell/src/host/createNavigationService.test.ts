import { createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createNavigationService } from './createNavigationService.ts';

const routerAt = (path: string) =>
  createMemoryRouter([{ path: '*', element: null }], { initialEntries: [path] });

describe('createNavigationService', () => {
  it('opens another app at its own address, which the registry knows when the page does not', async () => {
    const router = routerAt('/layanan/pengumuman');
    // Kept by its agency under an older address: the id is not the route.
    const routeOf = vi.fn((appId: string) =>
      Promise.resolve(appId === 'dokumen-kependudukan' ? 'siak' : undefined),
    );
    const navigation = createNavigationService(router, routeOf);
    navigation.openApp('dokumen-kependudukan', 'permohonan/baru');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/layanan/siak/permohonan/baru'));
    expect(routeOf).toHaveBeenCalledWith('dokumen-kependudukan');
  });

  it('opens an app nobody found, or when the registry does not answer, by its id: its page says what is wrong', async () => {
    const router = routerAt('/layanan/pengumuman');
    const unknown = createNavigationService(router, () => Promise.resolve(undefined));
    unknown.openApp('tidak-ada');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/layanan/tidak-ada'));
    const down = createNavigationService(router, () => Promise.reject(new Error('registry down')));
    down.openApp('aduan-warga');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/layanan/aduan-warga'));
  });
});
