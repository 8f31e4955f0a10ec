import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeServer, listen } from '@bas/server-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPortalServer } from './createPortalServer.ts';
import { createStatusPage } from './createStatusPage.ts';
import type { StatusAnswer } from './StatusSource.ts';

const up: StatusAnswer = {
  ok: true,
  board: {
    apps: [
      {
        id: 'pengumuman',
        name: { id: 'Pengumuman Kota Bogor', en: 'Kota Bogor announcements' },
        status: 'up',
        since: null,
        reason: null,
        uptime: [{ day: '2026-12-01', ratio: 1 }],
      },
    ],
  },
};
const down: StatusAnswer = { ok: false, reason: 'the registry answered HTTP 503' };

afterEach(() => vi.useRealTimers());

describe('the status page', () => {
  it('asks the registry at most every 5 s, and shows its last board with its time while it cannot', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const answers = [up, down];
    const source = vi.fn(() => Promise.resolve(answers.shift() ?? down));
    const page = createStatusPage(source);
    expect(await page('id')).toMatchObject({ status: 200, html: expect.stringContaining('Diperbarui') });
    await page('en');
    expect(source).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5001);
    const stale = await page('id');
    expect(source).toHaveBeenCalledTimes(2);
    expect(stale.status).toBe(200);
    expect(stale.html).toContain('Status belum dapat diperbarui');
    expect(stale.html).toContain('Pengumuman Kota Bogor');
  });

  it('answers 503 with a message before the registry ever gave a board', async () => {
    const page = createStatusPage(() => Promise.resolve(down));
    const answer = await page('id');
    expect(answer.status).toBe(503);
    expect(answer.html).toContain('Status layanan belum dapat dimuat saat ini.');
  });

  it('is served at /status, in the language asked for, under a policy that allows no script', async () => {
    const shellDir = mkdtempSync(join(tmpdir(), 'bas-status-'));
    writeFileSync(join(shellDir, 'index.html'), '<!doctype html><title>BAS</title>');
    const server = createPortalServer({
      shellDir,
      shellConfig: { manifestUrl: '/api/manifest', remoteTimeoutMs: 1500, remoteOrigins: [] },
      status: () => Promise.resolve(up),
    });
    const origin = await listen(server, '127.0.0.1', 0);
    try {
      const answer = await fetch(`${origin}/status?lang=en`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
      expect(await answer.text()).toContain('<h1>Service status</h1>');
      const byCookie = await fetch(`${origin}/status`, { headers: { cookie: 'bas-lang=en' } });
      expect(await byCookie.text()).toContain('<h1>Service status</h1>');
      expect(await (await fetch(`${origin}/status`)).text()).toContain('<h1>Status layanan</h1>');
    } finally {
      await closeServer(server);
    }
  });
});
