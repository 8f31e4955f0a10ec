import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { act, cleanup, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IframeApp } from './IframeApp.tsx';

type IframeEntry = Extract<ManifestEntry, { kind: 'iframe' }>;
const seeded = seedCatalog().find((entry): entry is IframeEntry => entry.kind === 'iframe');
if (seeded === undefined) throw new Error('the seed catalog has no framed app');
const legacy: IframeEntry = { ...seeded, url: 'https://lama.test/aplikasi' };

const server = setupServer(
  http.all('https://lama.test/*', () => new HttpResponse('<!doctype html><title>Lama</title>')),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterEach(cleanup);
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
