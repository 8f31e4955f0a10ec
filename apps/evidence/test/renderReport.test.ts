import { describe, expect, it } from 'vitest';
import type { ServiceScreens } from '../src/captureScreens.ts';
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
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
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

describe('renderReport with screenshots', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const screens = new Map<string, ServiceScreens>([
    [
      'cuti-online',
      {
        captured: [
          {
            n: 1,
            caption: { id: 'Sisa cuti dan formulir pengajuan', en: 'Leave balance and request form' },
            url: 'https://bas.kotabogor.go.id/layanan/cuti-online',
            file: 'screenshots/cuti-online/1.png',
            png,
            account: 'asn.bkpsdm',
          },
        ],
        missing: [],
      },
    ],
    [
      'aduan-warga',
      {
        captured: [],
        missing: [
          {
            n: 1,
            caption: { id: 'Formulir <aduan>', en: 'Form' },
            url: 'https://bas.kotabogor.go.id/layanan/aduan-warga',
            status: 'error',
            reason: 'portal menampilkan pesan gagal: "Aduan Warga sedang tidak dapat dibuka"',
          },
        ],
      },
    ],
  ]);
  const withScreens = renderReport(evidenceFixture, new URL('https://bas.kotabogor.go.id'), screens);
  const part = (start: string, end?: string) =>
    withScreens.slice(withScreens.indexOf(start), end === undefined ? undefined : withScreens.indexOf(end));

  it("embeds each screenshot as a data: image on its service's page, with its number and caption", () => {
    const page = part('id="layanan-cuti-online"', 'id="layanan-aduan-warga"');
    expect(page).toContain('<h4>Tangkapan layar</h4>');
    expect(page).toContain(
      `<img src="data:image/png;base64,${png.toString('base64')}" alt="Sisa cuti dan formulir pengajuan">`,
    );
    expect(page).toContain('Gambar 1. Sisa cuti dan formulir pengajuan');
    expect(page).toContain('screenshots/cuti-online/1.png, sebagai asn.bkpsdm');
    expect(page).toContain('Tidak ada: data dukung layanan ini lengkap.');
    // No other image: the hostile name's stays text.
    expect(withScreens.match(/<img /g)).toHaveLength(1);
  });

  it('adds a screenshots column to the gaps and names a left-out screen, and why, on its page', () => {
    const summary = part('<section class="summary">', '<section class="indicator"');
    expect(summary).toContain('<th>Tangkapan layar</th>');
    // Aduan Warga had no gap of the registry's; now its screenshot is one. The two services without any taken too.
    expect(summary).toContain('3 dari 4 layanan belum lengkap');
    expect(summary).toContain(
      '<tr><td>Aduan Warga</td><td class="number">42</td><td></td><td></td><td></td><td></td><td class="gap">belum ada</td></tr>',
    );
    expect(summary).not.toMatch(/<td>Cuti Online<\/td>/);
    const page = part('id="layanan-aduan-warga"', 'id="layanan-dokumen-kependudukan"');
    expect(page).toContain('Belum ada tangkapan layar yang menampilkan layanan ini.');
    expect(page).toContain('1. Formulir &lt;aduan&gt;');
    expect(page).toContain('Aduan Warga sedang tidak dapat dibuka');
    expect(page).toContain('<li>Tangkapan layar belum lengkap');
    expect(part('<section class="cover">', '<section class="summary">')).toContain(
      '1 tangkapan layar dari 1 layanan, diambil melalui portal https://bas.kotabogor.go.id',
    );
  });

  it('without screenshots has no column or section of them', () => {
    expect(html).not.toContain('Tangkapan layar');
  });
});
