import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelemetrySink } from './createTelemetrySink.ts';

const hidden = (state: DocumentVisibilityState) =>
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createTelemetrySink', () => {
  it('sends what it queued as one batch under its key, once the page is hidden', () => {
    const send = vi.fn();
    const sink = createTelemetrySink<{ appId: string }>('/api/rum', 'samples', send);
    sink.record({ appId: 'pbb' });
    sink.record({ appId: 'sipkd' });
    expect(send).not.toHaveBeenCalled();
    hidden('visible');
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    expect(send).not.toHaveBeenCalled();
    hidden('hidden');
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    expect(send).toHaveBeenCalledExactlyOnceWith('/api/rum', {
      samples: [{ appId: 'pbb' }, { appId: 'sipkd' }],
    });
    // Nothing queued, nothing sent.
    dispatchEvent(new Event('pagehide'));
    expect(send).toHaveBeenCalledOnce();
  });

  it('sends a full batch at once, and a partial one after five seconds', () => {
    vi.useFakeTimers();
    const send = vi.fn();
    const sink = createTelemetrySink<number>('/api/telemetry', 'records', send);
    for (let n = 0; n < 20; n += 1) sink.record(n);
    expect(send).toHaveBeenCalledOnce();
    expect((send.mock.calls[0] as [string, { records: number[] }])[1].records).toHaveLength(20);
    sink.record(20);
    vi.advanceTimersByTime(4999);
    expect(send).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1);
    expect(send).toHaveBeenLastCalledWith('/api/telemetry', { records: [20] });
  });
});
