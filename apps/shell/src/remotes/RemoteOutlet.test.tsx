import type { NavigationService, RemoteContext, RemoteModule } from '@bas/sdk';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { ShellError } from '../errors/ShellError.ts';
import { createShellI18n } from '../i18n/createShellI18n.ts';
import type { AppLoader } from './createAppLoader.ts';
import { ShellServicesContext } from './ShellServicesContext.ts';
import { shellAuth } from '../auth/shellAuth.ts';
import { RemoteOutlet } from './RemoteOutlet.tsx';

const entry = pengumumanEntry;

const navigation: NavigationService = {
  getLocation: () => ({ pathname: '/layanan/pengumuman', search: '', hash: '' }),
  subscribe: () => () => {},
  navigate: () => {},
  go: () => {},
};

const i18n = createShellI18n();

/** The shell's way of retrying: a new key remounts the outlet. */
function Harness({ loader }: { loader: AppLoader }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <I18nextProvider i18n={i18n}>
      <ShellServicesContext value={{ navigation, auth: shellAuth }}>
        <RemoteOutlet key={attempt} entry={entry} loader={loader} onRetry={() => setAttempt((n) => n + 1)} />
      </ShellServicesContext>
    </I18nextProvider>
  );
}

function loaderOf(
  ...results: Array<RemoteModule | ShellError>
): AppLoader & { load: ReturnType<typeof vi.fn> } {
  const load = vi.fn();
  for (const result of results) {
    load.mockImplementationOnce(() =>
      result instanceof ShellError ? Promise.reject(result) : Promise.resolve(result),
    );
  }
  return { timeoutMs: 8000, load, preload: vi.fn() };
}

const greeting: RemoteModule = {
  mount(element, context) {
    element.textContent = `Halo dari ${context.appId} di ${context.basePath}`;
    return () => {
      element.textContent = '';
    };
  },
};

afterEach(cleanup);

describe('RemoteOutlet', () => {
  it('mounts the app with its base path and unmounts it when the person leaves', async () => {
    const unmount = vi.fn();
    const mount = vi.fn((element: HTMLElement, context: RemoteContext) => {
      greeting.mount(element, context);
      return unmount;
    });
    const view = render(<Harness loader={loaderOf({ mount })} />);
    expect(await screen.findByText('Halo dari pengumuman di /layanan/pengumuman')).toBeTruthy();
    view.unmount();
    expect(unmount).toHaveBeenCalledOnce();
  });

  it('shows what failed in the app area when the app server is down, and retries on request', async () => {
    const loader = loaderOf(new ShellError('REMOTE_UNREACHABLE', 'down'), greeting);
    render(<Harness loader={loader} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Pengumuman Kota Bogor sedang tidak dapat dibuka');
    expect(alert.textContent).toContain('Server aplikasi tidak dapat dihubungi.');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Halo dari pengumuman di /layanan/pengumuman')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loader.load).toHaveBeenCalledTimes(2);
  });

  it('says how long it waited when the app never answered', async () => {
    render(<Harness loader={loaderOf(new ShellError('REMOTE_TIMEOUT', 'slow'))} />);
    expect((await screen.findByRole('alert')).textContent).toContain('tidak menjawab dalam 8 detik');
  });

  it('contains an app that throws while mounting', async () => {
    const throwing: RemoteModule = {
      mount() {
        throw new Error('boom');
      },
    };
    render(<Harness loader={loaderOf(throwing)} />);
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
    render(<Harness loader={loaderOf(crashesLater)} />);
    await screen.findByText('running');
    report(new Error('render failed'));
    expect((await screen.findByRole('alert')).getAttribute('data-error-code')).toBe('REMOTE_CRASHED');
  });
});
