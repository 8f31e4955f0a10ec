import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
});
afterAll(() => server.close());

const apps = fakeAppHost();

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
    const started = startShell(apps);
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
});
