import { catalogHomeOf } from '@bas/manifest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useCatalog, wholeCatalogLimit } from '../catalog/catalogStore.ts';
import { en } from '../i18n/en.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { provideTexts } from '../i18n/useTexts.ts';
import { pengumumanCopies } from '../catalog/pengumumanCopies.fixture.ts';
import { showReadyCatalog } from '../catalog/readyCatalog.fixture.ts';
import { AllServicesPage } from './AllServicesPage.tsx';

afterEach(() => {
  cleanup();
  useLocaleStore.setState({ locale: 'id' });
});

const showPage = () =>
  render(
    <MemoryRouter initialEntries={['/semua']}>
      <AllServicesPage />
    </MemoryRouter>,
  );
const directory = () => screen.queryByText(/terlalu banyak untuk satu halaman/);
const cards = () => document.querySelectorAll('.app-card');

describe('AllServicesPage', () => {
  it('lists the cards of a catalog a person can look through, a screenful first', () => {
    showReadyCatalog(pengumumanCopies(wholeCatalogLimit));
    showPage();
    expect(directory()).toBeNull();
    expect(cards()).toHaveLength(12);
  });

  it('is the directory of a larger catalog, from the home before the list, its count grouped as the language writes it', () => {
    const home = { ...catalogHomeOf(pengumumanCopies(3), (entry) => entry), total: 27_000 };
    useCatalog.setState({ status: 'loading', home }, true);
    showPage();
    expect(directory()?.textContent).toContain('27.000 layanan');
    expect(cards()).toHaveLength(0);
    cleanup();
    provideTexts({ en });
    act(() => useLocaleStore.setState({ locale: 'en' }));
    showPage();
    expect(screen.getByText(/too many for one page/).textContent).toContain('27,000 services');
  });

  it('is the directory of a larger catalog once the list is loaded too (a person signed in)', () => {
    showReadyCatalog(pengumumanCopies(wholeCatalogLimit + 1));
    showPage();
    expect(directory()?.textContent).toContain('1.001 layanan');
    expect(screen.getByRole('link', { name: 'Informasi publik 1.001' })).toBeDefined();
    expect(cards()).toHaveLength(0);
  });
});
