import { describe, expect, it } from 'vitest';
import { renderStatusPage } from './renderStatusPage.ts';
import type { StatusBoard } from './StatusSource.ts';

const days = (ratios: Array<number | null>) =>
  ratios.map((ratio, index) => ({ day: `2026-11-${String(index + 1).padStart(2, '0')}`, ratio }));

const board: StatusBoard = {
  apps: [
    {
      id: 'pengumuman',
      name: { id: 'Pengumuman Kota Bogor', en: 'Kota Bogor announcements' },
      status: 'up',
      since: '2026-11-01T00:00:00.000Z',
      reason: null,
      uptime: days([1, 1, null]),
    },
    {
      id: 'skm',
      name: { id: 'Survei <Kepuasan> Masyarakat', en: 'Public Satisfaction Survey' },
      status: 'down',
      since: '2026-12-02T03:42:00.000Z',
      reason: { id: 'Layanan tidak dapat dihubungi.', en: 'The service cannot be reached.' },
      uptime: days([1, 0.5, 0]),
    },
  ],
};

describe('renderStatusPage', () => {
  it('puts the services with problems first, in words, since when in Bogor’s time, and what is wrong', () => {
    const html = renderStatusPage(board, 'id', new Date('2026-12-02T03:50:00Z'), false);
    expect(html.indexOf('Survei')).toBeLessThan(html.indexOf('Pengumuman Kota Bogor'));
    expect(html).toContain('1 layanan sedang bermasalah; 1 berjalan normal.');
    // A service not checked yet is not counted as working.
    const [first] = board.apps;
    if (first === undefined) throw new Error('the test board has no apps');
    const unchecked = { apps: [...board.apps, { ...first, id: 'baru', status: 'unknown' as const }] };
    expect(renderStatusPage(unchecked, 'id', new Date(), false)).toContain(
      '1 layanan sedang bermasalah; 1 berjalan normal; 1 belum diperiksa.',
    );
    expect(html).toMatch(/Gangguan sejak 2 Des 2026.*10\.42 WIB — Layanan tidak dapat dihubungi\./);
    expect(html).toContain('Ketersediaan 90 hari terakhir: 50%');
    expect(html).toContain('Ketersediaan 90 hari terakhir: 100%');
    // The name is text, not markup.
    expect(html).toContain('Survei &#60;Kepuasan&#62; Masyarakat');
    expect(html).not.toMatch(/<script/i);
  });

  it('speaks English when asked, and offers the other language', () => {
    const html = renderStatusPage(board, 'en', new Date('2026-12-02T03:50:00Z'), false);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/Down since 2 Dec 2026.*10:42 WIB — The service cannot be reached\./);
    expect(html).toContain('<a href="/status?lang=id" lang="id">Bahasa Indonesia</a>');
  });

  it('says when it shows an older board, and when it has none', () => {
    expect(renderStatusPage(board, 'id', new Date('2026-12-02T03:50:00Z'), true)).toContain(
      'Status belum dapat diperbarui; yang tampil adalah keadaan per',
    );
    expect(renderStatusPage(undefined, 'id', new Date(), true)).toContain(
      'Status layanan belum dapat dimuat saat ini.',
    );
  });
});
