import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext } from '@bas/sdk/testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import { createHandlers } from './mocks/handlers.ts';
import { createRemote } from './remote.tsx';

const apiBase = 'http://dpmptsp.test/api/';
// The test API stands in for the agency's: the app's token goes there, as apiOrigins in the entry would allow.
const entry = { ...entryJson, apiOrigins: [new URL(apiBase).origin] } as ManifestEntry;
const server = setupServer(...createHandlers());
const siti = { username: 'warga', name: 'Siti Aminah', roles: ['warga'] };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  document.body.innerHTML = '';
});
afterAll(() => server.close());

function track(number: string, user = siti) {
  const test = createTestContext({ entry, user });
  const element = document.body.appendChild(document.createElement('div'));
  act(() => void createRemote(apiBase).mount(element, test.context));
  fireEvent.change(screen.getByLabelText('Nomor permohonan'), { target: { value: number } });
  fireEvent.click(screen.getByRole('button', { name: 'Lacak' }));
  return test;
}

describe('cek-izin, built with rspack', () => {
  it('fulfils the remote contract', async () => {
    await checkRemoteContract(createRemote(apiBase), {
      entry,
      user: siti,
      expectText: 'Lacak permohonan izin',
    });
  });

  it('shows each stage of an application found under the applicant’s name', async () => {
    const { record } = track(' izn-2027-000123 ');
    expect(await screen.findByText('Persetujuan Bangunan Gedung (PBG)')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent?.split(',')[0])).toEqual([
      'Diterima',
      'Verifikasi berkas',
      'Survei lapangan',
    ]);
    expect(record.events).toEqual([{ name: 'izin-dilacak', data: { stage: 'survei' } }]);
  });

  it('says how a number should look, and when it is not on file for this person', async () => {
    track('123');
    expect((await screen.findByRole('alert')).textContent).toContain('seperti IZN-2027-000123');
    document.body.innerHTML = '';
    track('IZN-2027-000123', { username: 'budi', name: 'Budi', roles: ['warga'] });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Permohonan IZN-2027-000123 tidak ditemukan atas nama Anda.',
    );
  });
});
