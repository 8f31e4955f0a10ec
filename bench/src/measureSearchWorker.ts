import type { Browser } from 'playwright-core';

// What people type, one keystroke at a time: every prefix of each is one search, as the header's box asks it.
const typed = ['ktp', 'akta kelahiran', 'pajak bumi', 'puskesmas', 'lampu jalan mati'];
const keystrokes = typed.flatMap((text) => Array.from(text, (_, end) => text.slice(0, end + 1)));

/**
 * Each keystroke's search over the portal's catalog as the shell runs it: in the shell's own search worker, from
 * the message sent to the answer received in the page (the round trip included), `rounds` times over. The worker is
 * the one the shell started for its search page; a second copy of it fetches the registry's index, as the shell's
 * does for a visitor, so the shell's own requests do not interleave with the measured ones.
 */
export async function measureSearchWorker(browser: Browser, portal: string, rounds = 3): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const started = page.waitForEvent('worker', { timeout: 120_000 });
    await page.goto(new URL('/cari?q=ktp', portal).href);
    const workerUrl = (await started).url();
    return await page.evaluate(
      async ({ workerUrl, keystrokes, rounds }) => {
        const worker = new Worker(workerUrl, { type: 'module' });
        const answer = () =>
          new Promise<void>((resolve) => worker.addEventListener('message', () => resolve(), { once: true }));
        worker.postMessage({
          type: 'index',
          version: 1,
          url: new URL('/api/catalog/index', location.href).href,
        });
        // A worker that cannot fetch the index says so only when asked to search: a deadline, not a hang.
        await Promise.race([
          answer(),
          new Promise((_, reject) =>
            setTimeout(
              () => reject(new Error('the search worker did not index the catalog within 120 s')),
              120_000,
            ),
          ),
        ]);
        const times: number[] = [];
        let id = 0;
        for (let round = 0; round < rounds; round += 1) {
          for (const query of keystrokes) {
            const sent = performance.now();
            id += 1;
            worker.postMessage({ type: 'search', id, query, limit: 8, full: false });
            await answer();
            times.push(performance.now() - sent);
          }
        }
        worker.terminate();
        return times;
      },
      { workerUrl, keystrokes, rounds },
    );
  } finally {
    await context.close();
  }
}
