import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/renderReport.ts';
import { evidenceFixture, hostileName } from './evidenceFixture.ts';

const html = renderReport(evidenceFixture, new URL('https://bas.kotabogor.go.id'));
const between = (start: string, end?: string) =>
  html.slice(html.indexOf(start), end === undefined ? undefined : html.indexOf(end));

describe('renderReport', () => {
  it('has a section for every indicator from 32 to 47, in order, each with its title', () => {
    const headings = [...html.matchAll(/<h2>(Indikator \d+ — [^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(
      evidenceFixture.indicators.map((indicator) => `Indikator ${indicator.indicator} — ${indicator.title}`),
    );
    expect(headings[0]).toBe('Indikator 32 — Layanan Perencanaan');
    expect(headings.at(-1)).toBe('Indikator 47 — Layanan Publik Sektor 3');
  });

  it("prints agencies' text as text: no tag, script or javascript: link of theirs reaches the page", () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(hostileName);
    expect(html).not.toMatch(/<img|<script|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;owner&quot;)&lt;/script&gt;');
    expect(between('id="layanan-info-jdih"')).toContain(
      '<dt>Alamat mandiri</dt><dd>javascript:alert(1)</dd>',
    );
    // The page's own policy: no script runs and nothing is fetched even if something slipped through.
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it("names the gaps in the summary and on the service's page rather than leaving them out", () => {
    const summary = between('<section class="summary">', '<section class="indicator"');
    expect(summary).toContain('2 dari 4 layanan belum lengkap');
    // Columns: phone, probes, openings, survey answers.
    expect(summary).toContain(
      '<tr><td>Dokumen Kependudukan</td><td class="number">45</td><td class="gap">belum ada</td><td></td><td></td><td class="gap">belum ada</td></tr>',
    );
    expect(summary).not.toContain('<td>Cuti Online</td>');
    const page = between('id="layanan-dokumen-kependudukan"');
    expect(page).toContain('<li>Belum ada jawaban survei kepuasan pada periode ini</li>');
    expect(page).toContain('telepon belum dicantumkan');
    expect(between('id="layanan-cuti-online"')).toContain('Tidak ada: data dukung layanan ini lengkap.');
  });

  it("writes what a service is and its figures in Indonesian, with the agency's full name", () => {
    const page = between('id="layanan-cuti-online"', 'id="layanan-aduan-warga"');
    expect(page).toContain('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)');
    expect(page).toContain('Bidang Kepegawaian BKPSDM<br><a href="mailto:kepegawaian@kotabogor.go.id">');
    expect(page).toContain('Aplikasi khusus');
    expect(page).toContain('Layanan administrasi pemerintahan');
    expect(page).toContain('Internal: bagi ASN');
    expect(page).toContain('<a href="https://bas.kotabogor.go.id/layanan/cuti-online">');
    expect(page).toContain('Pengajuan dan persetujuan cuti ASN Pemerintah Kota Bogor.');
    expect(page).toContain('<li>https://api-cuti.kotabogor.go.id</li>');
    expect(page).toContain('99,50% (8.716 dari 8.760 pemeriksaan berhasil)');
    expect(page).toContain('99,22% (41 gagal dari 5.230 pembukaan)');
    expect(page).toContain('IKM 86,40, mutu B (312 responden)');
    expect(page).toContain('<dt>Pengaduan</dt><dd>belum diukur</dd>');
    expect(page).toContain(
      '<th class="number">Mar 2026</th></tr><tr><td class="number">1.200</td><td class="number">1.830</td><td class="number">2.200</td>',
    );
    expect(page).toContain('Jumlah: 5.230 kali dibuka.');
    expect(page).toContain(evidenceFixture.services[0]?.statement);
  });

  it('says "belum diukur" where a figure has no measurement, never 0', () => {
    const page = between('id="layanan-info-jdih"');
    expect(page).toContain('belum diukur (belum ada pemeriksaan)');
    expect(page).toContain('belum diukur (belum ada pembukaan yang tercatat)');
    expect(page).toContain('belum diukur (belum ada jawaban survei kepuasan)');
    expect(page).not.toContain('0,00%');
    const summary = between('<section class="summary">', '<section class="indicator"');
    expect(summary).toMatch(/<td>Layanan Perencanaan<\/td>[^]*?belum diukur[^]*?tanpa layanan/);
  });

  it("puts the period, the time it was made (Bogor's clock) and the registry's sources on the cover", () => {
    const cover = between('<section class="cover">', '<section class="summary">');
    expect(cover).toContain('Periode 2026');
    expect(cover).toContain('2 Desember 2026 pukul 12.30 WIB');
    expect(cover).toContain('4 layanan dari 4 perangkat daerah');
    for (const source of Object.values(evidenceFixture.sources)) expect(cover).toContain(source.slice(0, 30));
  });
});
