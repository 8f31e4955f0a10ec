import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pengumumanEntry } from '../catalog/pengumumanEntry.fixture.ts';
import { showReadyCatalog } from '../catalog/readyCatalog.fixture.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { provideTexts } from '../i18n/useTexts.ts';
import { en } from '../i18n/en.ts';
import { CatalogNotice } from './CatalogNotice.tsx';

// Local times, so the test reads the same in every time zone.
const at = (month: number, day: number, hour: number, minute: number) =>
  new Date(2026, month, day, hour, minute).toISOString();

function showCatalog(about: { savedAt?: string; readAt?: string }) {
  act(() => showReadyCatalog([pengumumanEntry], about));
}

const notice = (path = '/') => {
  render(
    <MemoryRouter initialEntries={[path]}>
      <CatalogNotice />
    </MemoryRouter>,
  );
  return screen.queryByRole('alert')?.textContent;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 1, 15, 0));
  provideTexts({ en });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useLocaleStore.setState({ locale: 'id' });
});

describe('CatalogNotice', () => {
  it('says nothing about a catalog fresh from the registry', () => {
    showCatalog({});
    expect(notice()).toBeUndefined();
  });

  it('gives the time of a catalog the registry answered from its copy, in the portal’s language', () => {
    showCatalog({ readAt: at(11, 1, 10, 42) });
    expect(notice()).toContain('Katalog per 10.42.');
    cleanup();
    act(() => useLocaleStore.setState({ locale: 'en' }));
    expect(notice()).toContain('Catalog as of 10:42 AM.');
  });

  it('gives the date too when the copy is from an earlier day', () => {
    showCatalog({ savedAt: at(10, 30, 9, 5) });
    expect(notice()).toContain('salinan tersimpan dari 30 Nov 2026, 09.05.');
  });

  it("leaves the catalog's age out of an app's own page", () => {
    showCatalog({ readAt: at(11, 1, 10, 42) });
    expect(notice('/layanan/pengumuman')).toBeUndefined();
  });
});
