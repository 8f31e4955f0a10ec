import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext } from '@bas/sdk/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import { createHandlers } from './mocks/handlers.ts';
import { createRemote } from './remote.tsx';

const apiBase = 'http://{{appId}}.test/api/';
// The test API stands in for the agency's: the app's token goes there, as apiOrigins in the entry would allow.
const entry = { ...entryJson, apiOrigins: [new URL(apiBase).origin] } as ManifestEntry;
const server = setupServer(...createHandlers());
const user = { username: 'warga', name: 'Siti', roles: ['warga'] };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // Fresh handlers, so each test starts with an agency API that has no requests yet.
  server.resetHandlers(...createHandlers());
  document.body.innerHTML = '';
});
afterAll(() => server.close());

describe('{{appId}}', () => {
  it('fulfils the BAS remote contract', async () => {
    await checkRemoteContract(createRemote(apiBase), { entry, user, expectText: 'Halo, Siti' });
  });

  it('sends a request and lists it', async () => {
    const { context, record } = createTestContext({ entry, user });
    const element = document.body.appendChild(document.createElement('div'));
    createRemote(apiBase).mount(element, context);
    await vi.waitFor(() => expect(element.textContent).toContain('Belum ada permohonan.'));

    const input = element.querySelector('input');
    if (input === null) throw new Error('no subject field');
    // React tracks an input's value itself: set it the way the browser does, then let React see the event.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'Surat keterangan');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(input.value).toBe('Surat keterangan'));
    element.querySelector('form')?.requestSubmit();
    await vi.waitFor(() => expect(element.textContent).toContain('R-1: Surat keterangan (baru)'));
    expect(record.toasts).toEqual([{ message: 'Permohonan terkirim.', tone: 'success' }]);
  });

  it('says what is missing at the top of the form, and takes the person there', async () => {
    const { context } = createTestContext({ entry, user });
    const element = document.body.appendChild(document.createElement('div'));
    createRemote(apiBase).mount(element, context);
    await vi.waitFor(() => expect(element.textContent).toContain('Belum ada permohonan.'));

    element.querySelector('form')?.requestSubmit();
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('alert'));
    const link = element.querySelector<HTMLAnchorElement>('[role="alert"] a');
    expect(link?.textContent).toBe('Tulis perihal permohonan Anda');
    link?.click();
    expect(document.activeElement).toBe(element.querySelector('input'));
  });
});
