import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useCatalog } from '../catalog/catalogStore.ts';
import { showReadyCatalog } from '../catalog/readyCatalog.fixture.ts';
import { pengumumanCopies } from '../catalog/pengumumanCopies.fixture.ts';
import { BrowsePage } from './BrowsePage.tsx';

afterEach(cleanup);

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
    showReadyCatalog(pengumumanCopies(300));
    showAgencyPage();
    // The first render is a phone's first screen, not the whole section.
    expect(cards()).toHaveLength(12);
    await waitFor(() => expect(cards()).toHaveLength(300), { timeout: 5000 });
  });

  it('shows every card at once to a person coming back, so the browser can restore where they were', () => {
    showReadyCatalog(pengumumanCopies(300));
    showAgencyPage('kembali');
    expect(cards()).toHaveLength(300);
  });

  it('offers every app of a section whose first apps it shows', async () => {
    useCatalog.setState(
      {
        status: 'loading',
        section: { query: 'agency=diskominfo&first=48', entries: pengumumanCopies(48), total: 300 },
      },
      true,
    );
    showAgencyPage();
    await waitFor(() => expect(cards()).toHaveLength(48));
    const all = screen.getByRole('button', { name: 'Tampilkan semua 300 layanan' });
    fireEvent.click(all);
    // Busy until they have come; the page then shows them (the store's tests follow the request).
    expect(all).toHaveProperty('disabled', true);
    expect(all.textContent).toBe('Memuat daftar layanan…');
  });

  it('moves the focus to the first card the person had not seen once all of the section has come', async () => {
    const whole = pengumumanCopies(300);
    useCatalog.setState(
      {
        status: 'loading',
        section: { query: 'agency=diskominfo&first=48', entries: whole.slice(0, 48), total: 300 },
      },
      true,
    );
    showAgencyPage();
    await waitFor(() => expect(cards()).toHaveLength(48));
    const all = screen.getByRole('button', { name: 'Tampilkan semua 300 layanan' });
    all.focus();
    fireEvent.click(all);
    // The button goes with the answer; the focus goes on from where it was, not back to the top of the page.
    useCatalog.setState({ section: { query: 'agency=diskominfo', entries: whole, total: 300 } });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Tampilkan semua/ })).toBeNull());
    const fortyNinth = cards()[48]?.querySelector('h3');
    expect(fortyNinth?.textContent).toBe(whole[48]?.name.id);
    expect(document.activeElement).toBe(fortyNinth);
  });

  it('offers nothing more once all of the section is shown, though the shell left some of it out', () => {
    useCatalog.setState(
      {
        status: 'loading',
        section: { query: 'agency=diskominfo', entries: pengumumanCopies(290), total: 300 },
      },
      true,
    );
    showAgencyPage();
    expect(screen.queryByRole('button', { name: /Tampilkan semua/ })).toBeNull();
  });
});
