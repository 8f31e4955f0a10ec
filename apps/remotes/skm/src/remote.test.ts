import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext } from '@bas/sdk/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import { satisfactionIndex } from './api/survey.ts';
import { createHandlers } from './mocks/handlers.ts';
import { createRemote } from './remote.ts';

const apiBase = 'http://skm.test/api/';
// The test API stands in for the agency's: the app's token goes there, as apiOrigins in the entry would allow.
const entry = { ...entryJson, apiOrigins: [new URL(apiBase).origin] } as ManifestEntry;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.body.innerHTML = '';
});
afterAll(() => server.close());

function choose(element: HTMLElement, selector: string, value?: string) {
  const input = element.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (input === null) throw new Error(`no ${selector}`);
  if (value !== undefined) input.value = value;
  else (input as HTMLInputElement).checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
const submit = (element: HTMLElement) =>
  element.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('skm, a remote without a framework', () => {
  it('grades the index the way the regulation does', () => {
    expect(satisfactionIndex([4, 4, 4, 4, 4, 4, 4, 4, 4])).toEqual({ score: 100, grade: 'A' });
    expect(satisfactionIndex([3, 3, 3, 3, 3, 3, 3, 3, 4])).toEqual({ score: 77.78, grade: 'B' });
    expect(satisfactionIndex([1, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual({ score: 25, grade: 'D' });
  });

  it('fulfils the remote contract', async () => {
    server.use(...createHandlers());
    await checkRemoteContract(createRemote(apiBase), { entry, expectText: 'Survei Kepuasan Masyarakat' });
  });

  it('takes an anonymous rating of the nine elements and shows the running index', async () => {
    server.use(...createHandlers());
    const { context, record, setLocale } = createTestContext({ entry });
    const element = document.body.appendChild(document.createElement('div'));
    createRemote(apiBase).mount(element, context);

    choose(element, '#skm-service', 'disdukcapil');
    for (let index = 0; index < 8; index += 1) choose(element, `input[name="rating-${index}"][value="4"]`);
    submit(element);
    expect(element.querySelector('[role="alert"]')?.textContent).toBe(
      'Pilih layanan dan beri nilai pada setiap unsur.',
    );

    // Switching language keeps what was entered.
    setLocale('en');
    expect(element.querySelector('h2')?.textContent).toBe('Public Satisfaction Survey');
    expect(element.querySelector<HTMLSelectElement>('#skm-service')?.value).toBe('disdukcapil');
    expect(element.querySelectorAll('input:checked')).toHaveLength(8);
    setLocale('id');

    choose(element, 'input[name="rating-8"][value="3"]');
    submit(element);
    await vi.waitFor(() =>
      expect(element.querySelector('[role="status"]')?.textContent).toBe(
        'Indeks kepuasan layanan ini: 97.22 (mutu A) dari 1 responden.',
      ),
    );
    expect(record.events).toEqual([{ name: 'skm-dikirim', data: { service: 'disdukcapil' } }]);
  });
});
