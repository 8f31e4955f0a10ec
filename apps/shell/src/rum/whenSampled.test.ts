import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('./pageRum.ts');
});

it('fetches monitoring once the browser is idle after an opening, not while it runs, then records at once', async () => {
  const idle: Array<() => void> = [];
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  const record = vi.fn();
  let fetched = false;
  vi.resetModules();
  vi.doMock('./pageRum.ts', () => {
    fetched = true;
    return { pageRum: { record } };
  });
  const { sampleRum } = await import('./rumSampling.ts');
  const { startOpen } = await import('./startOpen.ts');
  sampleRum(1);

  startOpen('pbb').mounted();
  await vi.waitFor(() => expect(idle).toHaveLength(1));
  // The app is on screen and its opening timed; the browser is still busy.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fetched).toBe(false);

  for (const task of idle) task();
  await vi.waitFor(() =>
    expect(record).toHaveBeenCalledWith({
      appId: 'pbb',
      metric: 'open',
      outcome: 'mounted',
      ms: expect.any(Number),
    }),
  );
  expect(fetched).toBe(true);

  // Loaded, it takes the next opening's sample at once.
  startOpen('sipkd').failed('timeout');
  await vi.waitFor(() => expect(record).toHaveBeenCalledTimes(2));
  expect(idle).toHaveLength(1);
});
