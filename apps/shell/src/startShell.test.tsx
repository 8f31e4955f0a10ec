import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useCatalog } from './catalog/catalogStore.ts';
import { pengumumanEntry } from './catalog/pengumumanEntry.fixture.ts';
import { fakeAppHost } from './host/fakeAppHost.fixture.ts';
import { CatalogNotice } from './routes/CatalogNotice.tsx';
import { startShell } from './startShell.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

const apps = fakeAppHost();

const { createSession } = vi.hoisted(() => ({
  createSession: vi.fn(() => ({ start: () => Promise.resolve(), binding: () => Promise.resolve(undefined) })),
}));
vi.mock('./auth/createSession.ts', () => ({ createSession }));

describe('startShell', () => {
  it('starts again from config.json when the person retries after it failed', async () => {
    let configUp = false;
    server.use(
      http.get('http://portal.test/config.json', () =>
        configUp ? HttpResponse.json({}) : new HttpResponse('{"manifestUrl":', { status: 200 }),
      ),
      http.get('http://portal.test/api/manifest', () => HttpResponse.json({ entries: [pengumumanEntry] })),
    );
    render(
      <MemoryRouter>
        <CatalogNotice />
      </MemoryRouter>,
    );
    const started = startShell(apps, Promise.resolve());
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Pengaturan portal (config.json) tidak dapat dimuat');

    configUp = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
      await started;
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useCatalog.getState()).toMatchObject({ status: 'ready', entries: [pengumumanEntry] });
    expect(apps.configure).toHaveBeenCalledOnce();
  });

  it('connects the auth frame only once the shell is live, so going live never waits on its code', async () => {
    server.use(
      http.get('http://portal.test/config.json', () =>
        HttpResponse.json({ auth: { frameOrigin: 'http://auth.test' } }),
      ),
      http.get('http://portal.test/api/manifest', () => HttpResponse.json({ entries: [pengumumanEntry] })),
    );
    // The page the server rendered has painted, as it does before any script runs.
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(private readonly report: (list: unknown, observer: unknown) => void) {}
        observe() {
          queueMicrotask(() => this.report({ getEntriesByName: () => [{}] }, this));
        }
        disconnect() {}
      },
    );
    let markLive = () => {};
    const live = new Promise<void>((resolve) => (markLive = resolve));
    const started = startShell(fakeAppHost(), live);
    // Configured, catalog asked for, the first paint past: everything but the shell being live.
    await vi.waitFor(() => expect(useCatalog.getState().status).not.toBe('idle'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(createSession).not.toHaveBeenCalled();

    markLive();
    await started;
    expect(createSession).toHaveBeenCalledOnce();
  });
});
