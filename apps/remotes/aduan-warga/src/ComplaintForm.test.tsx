import { screen } from '@testing-library/react';
import { mockApi } from './testing/mockApi.ts';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './mocks/handlers.ts';
import { mountApp } from './testing/mountApp.tsx';

const server = mockApi();

/** The category the person sees chosen when the form opens at `search`. */
async function categoryShownAt(search: string) {
  server.use(...createHandlers());
  mountApp('id', search);
  await screen.findByText('Anda belum pernah mengirim aduan.');
  const category = screen.getByLabelText('Kategori') as HTMLSelectElement;
  return category.selectedOptions[0]?.textContent;
}

describe('a link into the form', () => {
  it('starts on the category it names, as the catalog’s "Lampu jalan mati" shortcut does', async () => {
    expect(await categoryShownAt('?kategori=penerangan')).toBe('Lampu jalan');
  });

  it('chooses nothing for a category the app does not have', async () => {
    expect(await categoryShownAt('?kategori=parkir')).toBe('Pilih…');
  });
});
