import type { ManifestEntry } from '@bas/manifest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../catalog/catalogStore.ts';
import { showReadyCatalog } from '../catalog/readyCatalog.fixture.ts';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { BrowsePage } from './BrowsePage.tsx';

afterEach(cleanup);

/** `count` apps of Diskominfo, each its own copy of Pengumuman. */
const apps = (count: number): ManifestEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    ...pengumumanEntry,
    id: `layanan-${String(index)}`,
    route: `layanan-${String(index)}`,
    name: { id: `Layanan ${String(index)}`, en: `Service ${String(index)}` },
  }));

const cards = () => screen.queryAllByRole('listitem').filter((item) => item.matches('.app-card'));

/** Diskominfo's page, reached afresh or (with `key`, a history entry the router made) come back to. */
function showAgencyPage(key?: string) {
  render(
    <MemoryRouter
      initialEntries={[{ pathname: '/instansi/diskominfo', ...(key === undefined ? {} : { key }) }]}
    >
      <Routes>
        <Route path="/instansi/:key" element={<BrowsePage by="agency" />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('BrowsePage', () => {
  it('shows a large section a screenful first, then every card in small steps', async () => {
    showReadyCatalog(apps(300));
    showAgencyPage();
    // The first render is a phone's first screen, not the whole section.
    expect(cards()).toHaveLength(12);
    await waitFor(() => expect(cards()).toHaveLength(300), { timeout: 5000 });
  });

  it('shows every card at once to a person coming back, so the browser can restore where they were', () => {
    showReadyCatalog(apps(300));
    showAgencyPage('kembali');
    expect(cards()).toHaveLength(300);
  });

  it('offers every app of a section whose first apps it shows', async () => {
    useCatalog.setState(
      { status: 'loading', section: { query: 'agency=diskominfo&first=48', entries: apps(48), total: 300 } },
      true,
    );
    showAgencyPage();
    await waitFor(() => expect(cards()).toHaveLength(48));
    expect(screen.getByRole('button', { name: 'Tampilkan semua 300 layanan' })).toBeDefined();
  });
});
