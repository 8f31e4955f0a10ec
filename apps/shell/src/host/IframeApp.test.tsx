import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RumSample } from '../rum/RumSample.ts';
import { IframeApp } from './IframeApp.tsx';

// A sampled page view, whose samples are kept here rather than sent.
const samples = vi.hoisted(() => [] as RumSample[]);
vi.mock('../rum/whenSampled.ts', () => ({
  whenSampled: (withRum: (rum: { record(sample: RumSample): void }) => void) =>
    withRum({ record: (sample) => samples.push(sample) }),
}));

type IframeEntry = Extract<ManifestEntry, { kind: 'iframe' }>;
const seeded = seedCatalog().find((entry): entry is IframeEntry => entry.kind === 'iframe');
if (seeded === undefined) throw new Error('the seed catalog has no framed app');
const legacy: IframeEntry = { ...seeded, url: 'https://lama.test/aplikasi' };

const server = setupServer(
  http.all('https://lama.test/*', () => new HttpResponse('<!doctype html><title>Lama</title>')),
  // A site that accepts the connection and never answers.
  http.all('https://macet.test/*', async () => {
    await delay('infinite');
    return new HttpResponse(null);
  }),
  http.all('https://mati.test/*', () => HttpResponse.error()),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterEach(() => {
  cleanup();
  samples.length = 0;
});
afterAll(() => server.close());

const show = (entry: IframeEntry) =>
  render(<IframeApp entry={entry} name="Aplikasi Lama" title="Aplikasi Lama (Dinas)" timeoutMs={8000} />);

function resize(frame: HTMLIFrameElement, height: unknown) {
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'bas:resize', height },
        origin: 'https://lama.test',
        source: frame.contentWindow,
      }),
    );
  });
}

describe('IframeApp', () => {
  it('frames a legacy app with downloads and dialogs allowed, and nothing else added', () => {
    show(legacy);
    const frame = screen.getByTitle<HTMLIFrameElement>('Aplikasi Lama (Dinas)');
    expect(frame.getAttribute('sandbox')).toBe(
      'allow-scripts allow-forms allow-same-origin allow-downloads allow-modals',
    );
  });

  it('sizes the frame to a height the app asks for, and ignores one that is not a sane number', () => {
    show(legacy);
    const frame = screen.getByTitle<HTMLIFrameElement>('Aplikasi Lama (Dinas)');
    resize(frame, 900);
    expect(frame.style.height).toBe('900px');
    for (const nonsense of [Number.NaN, Number.POSITIVE_INFINITY, -5, '1200', null]) {
      resize(frame, nonsense);
      expect(frame.style.height).toBe('900px');
    }
    resize(frame, 1e12);
    expect(frame.style.height).toBe('20000px');
  });

  it("refuses to frame an app on the portal's own origin, where the sandbox would not hold", () => {
    show({ ...legacy, url: `${window.location.origin}/aplikasi-lama` });
    expect(screen.queryByTitle('Aplikasi Lama (Dinas)')).toBeNull();
    const failure = screen.getByRole('alert');
    expect(failure.getAttribute('data-error-code')).toBe('REMOTE_SAME_ORIGIN');
    expect(failure.textContent).toContain('Alamat aplikasi ini berada di portal ini sendiri.');
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).toBeNull();
  });
});

describe('IframeApp, as real-user monitoring counts it', () => {
  it('reports an opening that loaded once its site answered', async () => {
    show(legacy);
    const frame = screen.getByTitle<HTMLIFrameElement>('Aplikasi Lama (Dinas)');
    fireEvent.load(frame);
    await vi.waitFor(() =>
      expect(samples).toEqual([
        { appId: legacy.id, metric: 'open', outcome: 'mounted', ms: expect.any(Number) },
      ]),
    );
  });

  it('reports a frame that did not load within the timeout as a failed opening, timed out', async () => {
    render(
      <IframeApp
        entry={{ ...legacy, url: 'https://macet.test/aplikasi' }}
        name="Aplikasi Lama"
        title="Aplikasi Lama (Dinas)"
        timeoutMs={50}
      />,
    );
    expect((await screen.findByRole('alert')).getAttribute('data-error-code')).toBe('REMOTE_TIMEOUT');
    // Recorded by an effect of the render that shows the alert: on a busy machine it runs just after the alert is seen.
    await vi.waitFor(() =>
      expect(samples).toEqual([
        { appId: legacy.id, metric: 'open', outcome: 'failed', cause: 'timeout', ms: expect.any(Number) },
      ]),
    );
    const { ms } = samples[0] as { ms: number };
    expect(ms).toBeGreaterThanOrEqual(45);
  });

  it('reports a site that does not answer as the network failing, and a retry as another opening', async () => {
    render(
      <IframeApp
        entry={{ ...legacy, url: 'https://mati.test/aplikasi' }}
        name="Aplikasi Lama"
        title="Aplikasi Lama (Dinas)"
        timeoutMs={8000}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Coba lagi' }));
    await vi.waitFor(() => expect(samples).toHaveLength(2));
    expect(samples).toMatchObject([
      { outcome: 'failed', cause: 'network' },
      { outcome: 'failed', cause: 'network' },
    ]);
  });

  it("reports a frame refused on the portal's own origin as an integrity failure", async () => {
    show({ ...legacy, url: `${window.location.origin}/aplikasi-lama` });
    await vi.waitFor(() => expect(samples).toMatchObject([{ outcome: 'failed', cause: 'integrity' }]));
  });
});
