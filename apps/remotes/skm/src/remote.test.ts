import type { ManifestEntry } from '@bas/manifest';
import { checkRemoteContract, createTestContext } from '@bas/sdk/testing';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import entryJson from '../bas-remote.json' with { type: 'json' };
import { createHandlers } from './mocks/handlers.ts';
import { satisfactionIndex } from './mocks/satisfactionIndex.ts';
import { createRemote } from './remote.ts';

// The portal's API, whose registry keeps the answers; the survey calls it without a token.
const apiBase = 'http://portal.test/api/';
const entry = entryJson as ManifestEntry;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.body.innerHTML = '';
});
afterAll(() => server.close());

/** The survey mounted at `path` in the portal, with the answers it sends kept in `sent`; `first` answer before the mock. */
function mountAt(path: string, ...first: RequestHandler[]) {
  const sent: { appId: string; body: unknown; authorization: string | null }[] = [];
  server.use(
    ...first,
    http.post('*/api/apps/:id/survey-answers', async ({ request, params }) => {
      sent.push({
        appId: String(params.id),
        body: await request.clone().json(),
        authorization: request.headers.get('authorization'),
      });
      // On to the mock registry, which keeps it.
      return undefined;
    }),
    ...createHandlers(),
  );
  const test = createTestContext({ entry, user: { username: 'warga', name: 'Siti', roles: ['warga'] } });
  test.navigateTo(path);
  const element = document.body.appendChild(document.createElement('div'));
  const unmount = createRemote(apiBase).mount(element, test.context);
  return { ...test, element, sent, unmount };
}

function rate(element: HTMLElement, scores: readonly number[]) {
  scores.forEach((score, index) => {
    const input = element.querySelector<HTMLInputElement>(`input[name="rating-${index}"][value="${score}"]`);
    if (input === null) throw new Error(`no rating ${score} for element ${index + 1}`);
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const submit = (element: HTMLElement, form = 'rate') =>
  element
    .querySelector(`form[data-form="${form}"]`)
    ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
const text = (element: HTMLElement, selector: string) => element.querySelector(selector)?.textContent;
const checked = (element: HTMLElement) =>
  [...element.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value));

describe('skm, the survey’s own screen, without a framework', () => {
  it('fulfils the remote contract', async () => {
    server.use(...createHandlers());
    await checkRemoteContract(createRemote(apiBase), { entry, expectText: 'Survei Kepuasan Masyarakat' });
  });

  it('names the service from the catalog and sends its nine scores in order, anonymously', async () => {
    const { element, sent, record } = mountAt('/layanan/skm?layanan=dokumen-kependudukan');
    await vi.waitFor(() =>
      expect(text(element, '.skm-rated')).toBe('Layanan yang dinilai: Permohonan Dokumen Kependudukan'),
    );
    expect([...element.querySelectorAll('legend')].map((legend) => legend.textContent)).toEqual([
      '1. Kesesuaian persyaratan',
      '2. Kemudahan prosedur',
      '3. Kecepatan waktu pelayanan',
      '4. Kewajaran biaya',
      '5. Kesesuaian hasil pelayanan',
      '6. Kemampuan petugas',
      '7. Kesopanan dan keramahan petugas',
      '8. Penanganan pengaduan',
      '9. Kualitas sarana dan prasarana',
    ]);

    rate(element, [4, 4, 3, 4, 4, 4, 4, 3, 4]);
    submit(element);
    await vi.waitFor(() => expect(text(element, 'h2')).toBe('Terima kasih atas penilaian Anda.'));
    expect(sent).toEqual([
      { appId: 'dokumen-kependudukan', body: { scores: [4, 4, 3, 4, 4, 4, 4, 3, 4] }, authorization: null },
    ]);
    expect(text(element, '[role="status"]')).toBe(
      `Indeks kepuasan Permohonan Dokumen Kependudukan tahun ${new Date().getUTCFullYear()}: 94,44 (mutu A, Sangat Baik) dari 1 responden.`,
    );
    expect(document.activeElement).toBe(element.querySelector('h2'));
    expect(record.events).toEqual([{ name: 'skm-dikirim', data: { service: 'dokumen-kependudukan' } }]);

    const back = element.querySelector<HTMLAnchorElement>('a[data-action="back"]');
    expect(back?.textContent).toBe('Kembali ke Permohonan Dokumen Kependudukan');
    expect(back?.getAttribute('href')).toBe('/layanan/dokumen-kependudukan');
    back?.click();
    expect(record.openedApps).toEqual([{ appId: 'dokumen-kependudukan' }]);
  });

  it('thanks without a figure when the portal does not show the index', async () => {
    const { element } = mountAt(
      '/layanan/skm?layanan=aduan-warga',
      http.get('*/api/apps/:id/satisfaction', () =>
        HttpResponse.json({ code: 'UNAUTHORIZED', message: 'Sign in.' }, { status: 401 }),
      ),
    );
    await vi.waitFor(() => expect(element.querySelector('fieldset')).not.toBeNull());
    rate(element, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    submit(element);
    await vi.waitFor(() => expect(text(element, 'h2')).toBe('Terima kasih atas penilaian Anda.'));
    expect(text(element, '[role="status"]')).toBe('');
    expect(text(element, 'a')).toBe('Kembali ke Aduan Warga Kota Bogor');
  });

  it('refuses a service the catalog does not have, without showing what the link says, and lets the person choose', async () => {
    for (const asked of ['tidak-ada', 'cuti-online', 'skm', 'Hubungi%200812%20untuk%20hadiah']) {
      const { element, sent, unmount } = mountAt(`/layanan/skm?layanan=${asked}`);
      await vi.waitFor(() =>
        expect(text(element, '[role="alert"]')).toBe(
          'Layanan yang hendak dinilai tidak ada di katalog portal, jadi tidak dapat dinilai di sini. Pilih layanan yang Anda gunakan di bawah ini.',
        ),
      );
      expect(element.querySelector('fieldset')).toBeNull();
      expect(element.textContent).not.toContain('Hubungi');
      expect(sent).toEqual([]);
      unmount();
    }
  });

  it('starts from a choice among the public services, and rates the one chosen', async () => {
    const { element, record } = mountAt('/layanan/skm');
    await vi.waitFor(() => expect(element.querySelector('select')).not.toBeNull());
    expect(text(element, 'p')).toContain('Survei ini biasanya dibuka dari layanan yang baru Anda gunakan');
    expect([...element.querySelectorAll('option')].map((option) => option.value)).toEqual([
      '',
      'dokumen-kependudukan',
      'aduan-warga',
      'cek-izin',
    ]);
    submit(element, 'choose');
    expect(text(element, '[role="alert"]')).toBe('Pilih layanan yang ingin Anda nilai.');

    const select = element.querySelector('select') as HTMLSelectElement;
    select.value = 'cek-izin';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    submit(element, 'choose');
    expect(record.navigations).toEqual(['/layanan/skm?layanan=cek-izin']);
    expect(text(element, '.skm-rated')).toBe('Layanan yang dinilai: Cek Status Perizinan');
    expect(document.activeElement).toBe(element.querySelector('h2'));
  });

  it('keeps every rating when the portal says too many were sent, and says how long to wait', async () => {
    const { element, sent, setLocale } = mountAt('/layanan/skm?layanan=dokumen-kependudukan');
    await vi.waitFor(() => expect(element.querySelector('fieldset')).not.toBeNull());
    rate(element, [1, 2, 3, 4]);
    submit(element);
    expect(text(element, '[role="alert"]')).toBe(
      'Beri nilai pada setiap unsur. Belum dinilai: unsur 5, 6, 7, 8, 9.',
    );
    rate(element, [1, 2, 3, 4, 4, 3, 2, 1, 4]);
    server.use(
      http.post(
        '*/api/apps/:id/survey-answers',
        () =>
          HttpResponse.json(
            { code: 'RATE_LIMITED', message: 'Too many survey answers from this address.' },
            { status: 429, headers: { 'retry-after': '42' } },
          ),
        { once: true },
      ),
    );
    submit(element);
    await vi.waitFor(() =>
      expect(text(element, '[role="alert"]')).toBe(
        'Terlalu banyak penilaian terkirim dari jaringan Anda dalam satu menit. Kirim lagi dalam 42 detik; jawaban Anda tetap di formulir ini.',
      ),
    );
    expect(checked(element)).toEqual([1, 2, 3, 4, 4, 3, 2, 1, 4]);

    // In the other language too, still with every rating.
    setLocale('en');
    expect(text(element, '[role="alert"]')).toBe(
      'Too many ratings were sent from your network within a minute. Send again in 42 seconds; your answers stay in this form.',
    );
    expect(checked(element)).toEqual([1, 2, 3, 4, 4, 3, 2, 1, 4]);

    submit(element);
    await vi.waitFor(() => expect(text(element, 'h2')).toBe('Thank you for your rating.'));
    expect(sent.at(-1)?.body).toEqual({ scores: [1, 2, 3, 4, 4, 3, 2, 1, 4] });
  });

  it('says what to do when the portal refuses the answer, cannot keep it, or cannot be reached', async () => {
    const { element, record } = mountAt('/layanan/skm?layanan=dokumen-kependudukan');
    await vi.waitFor(() => expect(element.querySelector('fieldset')).not.toBeNull());
    rate(element, [4, 4, 4, 4, 4, 4, 4, 4, 4]);
    const failures = [
      [
        () => HttpResponse.json({ message: 'Forbidden' }, { status: 403 }),
        'Portal tidak menerima penilaian ini (HTTP 403). Muat ulang halaman lalu kirim lagi; jika tetap gagal, kabari diskominfo@kotabogor.go.id. Sementara itu jawaban Anda tetap di formulir ini.',
      ],
      [
        () => new HttpResponse('down', { status: 503 }),
        'Portal sedang tidak dapat menyimpan penilaian (HTTP 503). Coba kirim lagi dalam beberapa menit; jawaban Anda tetap di formulir ini.',
      ],
      [
        () => HttpResponse.error(),
        'Portal tidak dapat dihubungi. Periksa koneksi Anda lalu kirim lagi; jawaban Anda tetap di formulir ini.',
      ],
    ] as const;
    for (const [answer, message] of failures) {
      server.use(http.post('*/api/apps/:id/survey-answers', answer, { once: true }));
      submit(element);
      await vi.waitFor(() => expect(text(element, '[role="alert"]')).toBe(message));
      expect(checked(element)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    }
    expect(record.handledErrors).toHaveLength(3);
  });

  it('says when the catalog cannot be read, and tries again', async () => {
    const { element } = mountAt(
      '/layanan/skm?layanan=cek-izin',
      http.get('*/api/manifest', () => HttpResponse.error(), { once: true }),
    );
    await vi.waitFor(() =>
      expect(text(element, '[role="alert"]')).toBe(
        'Daftar layanan portal tidak dapat dimuat sekarang. Periksa koneksi Anda lalu coba lagi.',
      ),
    );
    element.querySelector<HTMLButtonElement>('[data-action="retry"]')?.click();
    await vi.waitFor(() =>
      expect(text(element, '.skm-rated')).toBe('Layanan yang dinilai: Cek Status Perizinan'),
    );
  });

  it('grades the index the way the regulation does (the mock registry)', () => {
    expect(satisfactionIndex([[4, 4, 4, 4, 4, 4, 4, 4, 4]])).toEqual({ ikm: 100, grade: 'A' });
    expect(satisfactionIndex([[3, 3, 3, 3, 3, 3, 3, 3, 4]])).toEqual({ ikm: 77.78, grade: 'B' });
    expect(
      satisfactionIndex([
        [1, 1, 1, 1, 1, 1, 1, 1, 1],
        [2, 2, 2, 2, 2, 2, 2, 2, 2],
      ]),
    ).toEqual({ ikm: 37.5, grade: 'D' });
  });
});
