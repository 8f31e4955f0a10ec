import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext } from '@bas/sdk/testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import * as remote from './remote.tsx';

const entry = entryJson as ManifestEntry;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pengumuman', () => {
  it('fulfils the remote contract', async () => {
    await checkRemoteContract(remote, { entry, expectText: 'Pengumuman terbaru' });
  });

  it('dates each announcement as people write dates, in the portal’s language', async () => {
    const { context } = createTestContext({ entry });
    const element = document.body.appendChild(document.createElement('div'));
    act(() => void remote.mount(element, context));
    expect(await screen.findByText('6 Desember 2026')).toBeTruthy();
    expect(screen.queryByText('2026-12-06')).toBeNull();
  });

  it('opens an announcement at its own address and goes back to the list', async () => {
    const { context, record } = createTestContext({ entry });
    const element = document.body.appendChild(document.createElement('div'));
    act(() => void remote.mount(element, context));
    const first = (await screen.findAllByRole('link'))[0];
    if (first === undefined) throw new Error('no announcements listed');
    await act(() => fireEvent.click(first));
    expect(record.navigations[0]).toMatch(/^\/layanan\/pengumuman\/[a-z0-9-]+$/);
    await act(() => fireEvent.click(screen.getByRole('link', { name: 'Semua pengumuman' })));
    expect(await screen.findByText('Pengumuman terbaru')).toBeTruthy();
  });
});
