import { sdkVersion, type RemoteContext, type RemoteModule } from '@bas/sdk';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { stubNavigation } from './stubNavigation.fixture.ts';
import { appHostOpening } from './fakeAppHost.fixture.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { ShellError } from '../errors/ShellError.ts';
import type { AppHost } from './appHost.ts';
import { ShellServicesContext } from './ShellServicesContext.ts';
import { agencyAuth } from '../auth/shellAuth.ts';
import { FederatedApp } from './FederatedApp.tsx';
import type { FederatedEntry } from '@bas/manifest';
import { AppBanners } from '../notices/AppBanners.tsx';
import { Toasts } from '../notices/Toasts.tsx';

const telemetry = vi.hoisted(() => ({ record: vi.fn(), flush: vi.fn() }));
vi.mock('../telemetry/shellTelemetry.ts', () => ({ shellTelemetry: telemetry }));

const entry = pengumumanEntry;

const navigation = stubNavigation;

/** The shell's way of retrying: a new key remounts the outlet. */
function Harness({ loader, app = entry }: { loader: AppHost; app?: FederatedEntry }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ShellServicesContext
      value={{ navigation, authFor: agencyAuth, bind: () => Promise.resolve(true), apps: loader }}
    >
      <AppBanners appId={app.id} appName="Pengumuman" />
      <FederatedApp
        key={attempt}
        entry={app}
        timeoutMs={loader.timeoutMs}
        onRetry={() => setAttempt((n) => n + 1)}
      />
      <Toasts />
    </ShellServicesContext>
  );
}

const greeting: RemoteModule = {
  mount(element, context) {
    element.textContent = `Halo dari ${context.appId} di ${context.basePath}`;
    return () => {
      element.textContent = '';
    };
  },
};

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('RemoteOutlet', () => {
  it('mounts the app with its base path and unmounts it when the person leaves', async () => {
    const unmount = vi.fn();
    const mount = vi.fn((element: HTMLElement, context: RemoteContext) => {
      greeting.mount(element, context);
      return unmount;
    });
    const view = render(<Harness loader={appHostOpening([{ mount }])} />);
    expect(await screen.findByText('Halo dari pengumuman di /layanan/pengumuman')).toBeTruthy();
    view.unmount();
    expect(unmount).toHaveBeenCalledOnce();
  });

  it('shows what failed in the app area when the app server is down, and retries on request', async () => {
    const loader = appHostOpening([new ShellError('REMOTE_UNREACHABLE', 'down'), greeting]);
    render(<Harness loader={loader} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Pengumuman Kota Bogor sedang tidak dapat dibuka');
    expect(alert.textContent).toContain('Server aplikasi tidak dapat dihubungi.');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Halo dari pengumuman di /layanan/pengumuman')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loader.open).toHaveBeenCalledTimes(2);
  });

  it('says how long it waited when the app never answered', async () => {
    render(<Harness loader={appHostOpening([new ShellError('REMOTE_TIMEOUT', 'slow')])} />);
    expect((await screen.findByRole('alert')).textContent).toContain('tidak menjawab dalam 8 detik');
  });

  it('contains an app that throws while mounting', async () => {
    const throwing: RemoteModule = {
      mount() {
        throw new Error('boom');
      },
    };
    render(<Harness loader={appHostOpening([throwing])} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Aplikasi mengalami galat saat berjalan.',
    );
  });

  it('replaces an app that reports a crash after mounting with the fallback', async () => {
    let report: (error: unknown) => void = () => {};
    const crashesLater: RemoteModule = {
      mount(element, context) {
        report = context.reportError;
        element.textContent = 'running';
        return () => {};
      },
    };
    render(<Harness loader={appHostOpening([crashesLater])} />);
    await screen.findByText('running');
    report(new Error('render failed'));
    expect((await screen.findByRole('alert')).getAttribute('data-error-code')).toBe('REMOTE_CRASHED');
  });

  it('says which versions when the host refuses an app built against an SDK this shell does not provide', async () => {
    const newer = { ...entry, sdkVersion: '3.1.0' } as FederatedEntry;
    render(
      <Harness loader={appHostOpening([new ShellError('REMOTE_SDK_INCOMPATIBLE', 'newer')])} app={newer} />,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-error-code')).toBe('REMOTE_SDK_INCOMPATIBLE');
    expect(alert.textContent).toContain(
      `@bas/sdk) versi 3.1.0, sedangkan portal ini menyediakan versi ${sdkVersion}`,
    );
  });

  it("hands the app the shell's services, scoped to the app", async () => {
    let context: RemoteContext | undefined;
    const app: RemoteModule = {
      mount(element, given) {
        context = given;
        element.textContent = 'running';
        return () => {};
      },
    };
    render(<Harness loader={appHostOpening([app])} />);
    await screen.findByText('running');
    if (context === undefined) throw new Error('not mounted');
    expect(context.entry).toBe(entry);
    expect(context.locale.get()).toBe('id');

    context.navigation.navigate('2027/pbb');
    expect(navigation.navigate).toHaveBeenCalledWith('/layanan/pengumuman/2027/pbb', undefined);
    context.navigation.openApp('aduan-warga', 'baru');
    expect(navigation.openApp).toHaveBeenCalledWith('aduan-warga', 'baru');

    context.telemetry.event('pengumuman-dibaca', { id: 12 });
    expect(telemetry.record).toHaveBeenCalledWith(
      expect.objectContaining({
        appId: 'pengumuman',
        kind: 'event',
        name: 'pengumuman-dibaca',
        data: { id: 12 },
      }),
    );

    act(() => context?.notifications.toast('Tersimpan', { tone: 'success' }));
    expect(screen.getByRole('region', { name: 'Pemberitahuan' }).textContent).toContain('Tersimpan');
    let hide = () => {};
    act(() => {
      hide = context?.notifications.banner('Layanan tutup pukul 15.00') ?? hide;
    });
    expect(screen.getByText('Layanan tutup pukul 15.00')).toBeTruthy();
    act(() => hide());
    expect(screen.queryByText('Layanan tutup pukul 15.00')).toBeNull();
  });

  it('removes the banners of an app the person leaves, and records its crash against it', async () => {
    const app: RemoteModule = {
      mount(element, context) {
        element.textContent = 'running';
        context.notifications.banner('Antrean penuh', { tone: 'warning' });
        setTimeout(() => context.reportError(new Error('lost state')), 0);
        return () => {};
      },
    };
    render(<Harness loader={appHostOpening([app])} />);
    expect(await screen.findByText('Antrean penuh')).toBeTruthy();
    await screen.findByRole('alert');
    expect(telemetry.record).toHaveBeenCalledWith(
      expect.objectContaining({
        appId: 'pengumuman',
        kind: 'error',
        data: expect.objectContaining({ code: 'REMOTE_CRASHED' }),
      }),
    );
    cleanup();
    render(<Harness loader={appHostOpening([greeting])} />);
    await screen.findByText(/Halo dari pengumuman/);
    expect(screen.queryByText('Antrean penuh')).toBeNull();
  });
});
