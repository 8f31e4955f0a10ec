import type { ManifestEntry } from '@bas/manifest';
import type { RemoteModule } from '@bas/sdk';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { stubNavigation } from '../host/stubNavigation.fixture.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../auth/sessionStore.ts';
import { agencyAuth } from '../auth/shellAuth.ts';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { showReadyCatalog } from '../catalog/readyCatalog.fixture.ts';
import { fakeAppHost } from '../host/fakeAppHost.fixture.ts';
import { ShellServicesContext } from '../host/ShellServicesContext.ts';
import { appOnScreen } from '../rum/appOnScreen.ts';
import { AppPage } from './AppPage.tsx';

vi.mock('../telemetry/shellTelemetry.ts', () => ({ shellTelemetry: { record: vi.fn(), flush: vi.fn() } }));

const entry = pengumumanEntry;
/** The catalog as the shell's revalidation would leave it. */
const catalogNow = (entries: ManifestEntry[]) => act(() => showReadyCatalog(entries));

const navigation = stubNavigation;

const unmount = vi.fn();
const app: RemoteModule = {
  mount(element) {
    element.textContent = 'Pengumuman terbaru';
    return () => {
      element.textContent = '';
      unmount();
    };
  },
};
const apps = fakeAppHost({
  open: (_entry, element, context) => Promise.resolve(app.mount(element, context)),
});

/** The app page at /layanan/pengumuman, as the router shows it. */
function showAppPage() {
  render(
    <ShellServicesContext
      value={{ navigation, authFor: agencyAuth, bind: () => Promise.resolve(true), apps }}
    >
      <MemoryRouter initialEntries={['/layanan/pengumuman']}>
        <Routes>
          <Route path="layanan/:route/*" element={<AppPage />} />
        </Routes>
      </MemoryRouter>
    </ShellServicesContext>,
  );
}

async function openPengumuman() {
  catalogNow([entry]);
  showAppPage();
  expect(await screen.findByText('Pengumuman terbaru')).toBeTruthy();
}

beforeEach(() => useSessionStore.setState({ status: 'disabled', user: undefined, notice: null }));
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('AppPage when the catalog changes under an open app', () => {
  it('closes an app its agency switched off, and says so in its place', async () => {
    await openPengumuman();
    catalogNow([]);
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('Layanan ini baru saja dinonaktifkan oleh pengelolanya');
    expect(unmount).toHaveBeenCalledOnce();
    expect(screen.queryByText('Pengumuman terbaru')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pengumuman Kota Bogor');
    expect(screen.getByRole('link', { name: 'Kembali ke beranda' })).toBeTruthy();
  });

  it('closes an app whose version was replaced, and offers to load the new one', async () => {
    await openPengumuman();
    catalogNow([{ ...entry, version: '9.0.0' }]);
    expect(screen.getByRole('alert').textContent).toContain('Versi baru layanan ini tersedia.');
    expect(unmount).toHaveBeenCalledOnce();
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {});
    fireEvent.click(screen.getByRole('button', { name: 'Muat versi baru' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('closes an app whose route another app took, even at the same version', async () => {
    await openPengumuman();
    catalogNow([{ ...entry, id: 'pengumuman-lain', name: { id: 'Pengumuman Lain', en: 'Other notices' } }]);
    expect(screen.getByRole('alert').textContent).toContain('dinonaktifkan');
    expect(unmount).toHaveBeenCalledOnce();
    expect(screen.queryByText('Pengumuman terbaru')).toBeNull();
  });

  it('leaves an app running when the catalog changes elsewhere', async () => {
    await openPengumuman();
    catalogNow([entry, { ...entry, id: 'lain', route: 'lain' }]);
    expect(screen.getByText('Pengumuman terbaru')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(unmount).not.toHaveBeenCalled();
  });
});

describe('AppPage for an app the monitor finds down', () => {
  it('says so in place of a spinner, with its own address, and opens it when the person tries anyway', async () => {
    const down = { ...entry, availability: { status: 'down', since: new Date().toISOString() } };
    catalogNow([down as ManifestEntry]);
    showAppPage();
    expect(screen.getByRole('status').textContent).toMatch(
      /Pengumuman Kota Bogor sedang gangguan sejak \d{1,2}[.:]\d{2}; coba lagi nanti\./,
    );
    expect(screen.queryByText('Pengumuman terbaru')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tetap coba buka' }));
    expect(await screen.findByText('Pengumuman terbaru')).toBeTruthy();
  });
});

describe('AppPage and the portal’s Core Web Vitals', () => {
  it('counts them for the app while its page is shown, and for no app once the person left it', async () => {
    expect(appOnScreen()).toBeUndefined();
    await openPengumuman();
    expect(appOnScreen()).toEqual({ appId: 'pengumuman', basePath: '/layanan/pengumuman' });
    cleanup();
    expect(appOnScreen()).toBeUndefined();
  });
});
