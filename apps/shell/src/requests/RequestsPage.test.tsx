import { createRemoteContext } from '@bas/sdk';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../auth/sessionStore.ts';
import { pengumumanEntry as entry } from '../catalog/pengumumanEntry.fixture.ts';
import { useCatalog } from '../catalog/catalogStore.ts';
import { createShellHost } from '../host/createShellHost.ts';
import { Layout } from '../routes/Layout.tsx';
import { RequestsPage } from './RequestsPage.tsx';
import { usePersonRequests } from './usePersonRequests.ts';

const frame = vi.hoisted(() => ({
  inPageWithoutAgencyCode: vi.fn(() => Promise.resolve(true)),
  sendRequestReport: vi.fn(() => Promise.resolve()),
  fetchPersonRequests: vi.fn(),
}));
vi.mock('../auth/shellAuth.ts', async (original) => ({ ...(await original<object>()), ...frame }));

const siti = { username: 'warga', name: 'Siti', roles: ['warga'] };
const kk = {
  appId: 'pengumuman',
  id: 'KK-2026-0042',
  title: { id: 'Kartu Keluarga baru', en: 'New family card' },
  status: { id: 'Diverifikasi', en: 'Verified' },
  steps: [
    { label: 'Diajukan', state: 'done', date: '2026-05-04' },
    { label: { id: 'Diverifikasi', en: 'Verified' }, state: 'current' },
    { label: 'Siap diambil', state: 'upcoming' },
  ],
  link: 'status/KK-2026-0042',
  finished: false,
  updatedAt: '2026-05-06T02:00:00.000Z',
};
const finished = {
  ...kk,
  appId: 'hilang',
  id: 'ADU-7',
  title: 'Lampu jalan mati',
  status: 'Selesai',
  finished: true,
};

function signIn(requests: unknown[]) {
  frame.fetchPersonRequests.mockResolvedValue({ status: 200, body: { retentionDays: 730, requests } });
  useSessionStore.setState({ status: 'authenticated', user: siti, notice: null });
}

/** The page inside the shell's frame, whose navigation carries the count. */
const shown = () =>
  render(
    <RouterProvider
      router={createMemoryRouter(
        [{ element: <Layout />, children: [{ path: 'permohonan', element: <RequestsPage /> }] }],
        { initialEntries: ['/permohonan'] },
      )}
    />,
  );

beforeEach(() => {
  useCatalog.setState({
    status: 'ready',
    entries: [entry],
    byId: new Map([[entry.id, entry]]),
    byRoute: new Map([[entry.route, entry]]),
    loadedFor: 'warga',
  });
});
afterEach(() => {
  cleanup();
  useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
  vi.clearAllMocks();
});

describe('Permohonan saya', () => {
  it('asks a visitor to sign in, and shows no way to it in the navigation', () => {
    useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
    shown();
    expect(screen.getByRole('heading', { level: 1, name: 'Permohonan saya' })).toBeTruthy();
    expect(screen.getByText('Masuk untuk melihat permohonan dan pengaduan Anda.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Permohonan saya/ })).toBeNull();
    expect(frame.fetchPersonRequests).not.toHaveBeenCalled();
  });

  it('lists the requests with their timelines, and counts the unfinished ones in the navigation', async () => {
    signIn([kk, finished]);
    shown();
    expect(await screen.findByRole('link', { name: 'Permohonan saya 1 belum selesai' })).toBeTruthy();
    const [first = document.body, second = document.body] = within(
      screen.getByRole('list', { name: 'Permohonan saya' }),
    ).getAllByRole('listitem', {
      name: /./,
    });
    expect(within(first).getByRole('heading', { name: 'Kartu Keluarga baru' })).toBeTruthy();
    expect(first.textContent).toContain('Status: Diverifikasi');
    const steps = within(
      within(first).getByRole('list', { name: 'Tahapan Kartu Keluarga baru' }),
    ).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      'Diajukan, selesai4 Mei 2026',
      'Diverifikasi, tahap sekarang',
      'Siap diambil, belum',
    ]);
    expect(steps[1]?.getAttribute('aria-current')).toBe('step');
    expect(within(first).getByRole('link').getAttribute('href')).toBe(
      '/layanan/pengumuman/status/KK-2026-0042',
    );
    // An app no longer in the person's catalog: its name by id, and nowhere to continue.
    expect(second.textContent).toContain('hilang');
    expect(within(second).queryByRole('link')).toBeNull();
    expect(screen.getByText(/disimpan selama 2 tahun setelah pembaruan terakhirnya/)).toBeTruthy();
  });

  it('says how requests come to appear when there are none', async () => {
    signIn([]);
    shown();
    expect(await screen.findByText(/Saat Anda mengajukan permohonan atau pengaduan/)).toBeTruthy();
  });

  it("in a tab that ran an agency's code, reads nothing there and opens a fresh page for the whole list", async () => {
    frame.inPageWithoutAgencyCode.mockResolvedValueOnce(false);
    signIn([kk]);
    // Signing in loaded the navigation's count (the frame answers a bound tab with its agency's part only).
    await vi.waitFor(() => expect(usePersonRequests.getState().status).toBe('ready'));
    const loads = frame.fetchPersonRequests.mock.calls.length;
    shown();
    await vi.waitFor(() => expect(frame.inPageWithoutAgencyCode).toHaveBeenCalledWith('/permohonan'));
    expect(frame.fetchPersonRequests.mock.calls.length).toBe(loads);
  });

  it('forgets the list when the person signs out', async () => {
    signIn([kk]);
    await vi.waitFor(() => expect(usePersonRequests.getState().status).toBe('ready'));
    useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
    expect(usePersonRequests.getState()).toEqual({ status: 'idle' });
  });
});

describe("an app's reports", () => {
  const context = () =>
    createRemoteContext(
      entry,
      createShellHost({ navigation: {} as never, authFor: () => ({}) as never }, 'diskominfo', () => {}),
    );
  const report = {
    id: 'KK-1',
    title: 'KK',
    status: 'Diajukan',
    steps: [{ label: 'Diajukan', state: 'current' as const }],
    link: 'status/KK-1',
  };

  it("go to the auth frame under the app's own id, whatever the report carries", async () => {
    signIn([]);
    await context().requests.report(report);
    expect(frame.sendRequestReport).toHaveBeenCalledWith('diskominfo', 'pengumuman', report);
    const smuggled = { ...report, appId: 'aduan-warga' } as typeof report;
    await expect(context().requests.report(smuggled)).rejects.toThrow('The request report was refused');
    expect(frame.sendRequestReport).toHaveBeenCalledTimes(1);
  });

  it('are refused with the reason: a link out of the app, or nobody signed in', async () => {
    signIn([]);
    await expect(context().requests.report({ ...report, link: 'https://evil.example' })).rejects.toThrow(
      'link: must be a path inside the app',
    );
    useSessionStore.setState({ status: 'anonymous', user: undefined, notice: null });
    await expect(context().requests.report(report)).rejects.toThrow('Nobody is signed in');
    expect(frame.sendRequestReport).not.toHaveBeenCalled();
  });
});
