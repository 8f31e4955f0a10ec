import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evidence, EvidenceService } from '@bas/manifest/evidence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreens, type ServiceScreens } from '../src/captureScreens.ts';
import { generateEvidence, type EvidenceResult } from '../src/generateEvidence.ts';
import type { ScreenAccounts } from '../src/screenAccounts.ts';
import { evidenceFixture } from './evidenceFixture.ts';
import { fakePassword, startFakePortal } from './support/fakePortal.ts';
import { csvRecords } from './support/parseCsv.ts';
import { pdfText, skipWithoutPrintingTools } from './support/printingTools.ts';
import { readZip } from './support/readZip.ts';

const base = evidenceFixture.services.find((service) => service.id === 'aduan-warga') as EvidenceService;
const caption = (id: string) => ({ id, en: id });

/** A service of the stand-in portal: its route is its id. */
function service(
  id: string,
  kind: EvidenceService['kind'],
  more: Partial<EvidenceService> = {},
): EvidenceService {
  return {
    ...base,
    id,
    name: { id: `Layanan ${id}`, en: `Service ${id}` },
    kind,
    url: { portal: `/layanan/${id}`, standalone: null },
    gaps: [],
    ...more,
  };
}

/** The stand-in portal's apps, one for each thing a screenshot may show. */
function servicesAt(site: string): EvidenceService[] {
  return [
    service('pengumuman', 'federated'),
    service('dokumen-kependudukan', 'federated', {
      screens: [
        { path: '', caption: caption('Daftar permohonan') },
        { path: 'baru?jenis=ktp-el', caption: caption('Formulir permohonan KTP-el') },
      ],
    }),
    service('cuti-online', 'federated', {
      role: 'internal',
      agency: { code: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
    }),
    service('e-office', 'iframe', {
      role: 'internal',
      agency: { code: 'setda', name: 'Sekretariat Daerah' },
      url: { portal: '/layanan/e-office', standalone: `${site}/` },
    }),
    service('rusak', 'federated'),
    service('kosong', 'federated'),
    service('izin-pemakaman', 'iframe', {
      url: { portal: '/layanan/izin-pemakaman', standalone: `${site}/` },
      screens: [
        { path: '', caption: caption('Ketersediaan petak makam') },
        { path: 'ajukan', caption: caption('Formulir izin pemakaman') },
      ],
    }),
    service('jadwal-posyandu', 'link', {
      url: { portal: '/layanan/jadwal-posyandu', standalone: `${site}/tautan/` },
      screens: [
        { path: '', caption: caption('Jadwal posyandu') },
        { path: 'kosong', caption: caption('Halaman kosong') },
      ],
    }),
  ];
}

/** A citizen for apps that ask to sign in, and BKPSDM's civil servant; no account for Setda or other agencies. */
const accounts: ScreenAccounts = {
  public: { username: 'warga', password: fakePassword },
  internalByAgency: new Map([['bkpsdm', { username: 'asn.bkpsdm', password: fakePassword }]]),
  source: 'test',
};

describe.skipIf(skipWithoutPrintingTools())('captureScreens, through a stand-in portal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bas-evidence-screens-'));
  let portal: Awaited<ReturnType<typeof startFakePortal>>;
  let screens: Map<string, ServiceScreens>;
  const of = (id: string) => screens.get(id) as ServiceScreens;

  beforeAll(async () => {
    portal = await startFakePortal(() => '{}');
    // A screenshot of an earlier run, of an app since removed: the run replaces the folder.
    mkdirSync(join(dir, 'screenshots', 'lama'), { recursive: true });
    writeFileSync(join(dir, 'screenshots', 'lama', '1.png'), 'old');
    screens = await captureScreens(servicesAt(portal.site), {
      portalUrl: portal.url,
      dir,
      accounts,
      timeoutMs: 5_000,
    });
  }, 120_000);
  afterAll(async () => {
    await portal?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes a public app's start page anonymously and writes it as screenshots/<id>/1.png, again when it failed once", () => {
    // The stand-in portal shows its failure box the first time: the screen is taken again, not reported missing.
    const { captured, missing } = of('pengumuman');
    expect(missing).toEqual([]);
    expect(captured).toMatchObject([
      {
        n: 1,
        file: 'screenshots/pengumuman/1.png',
        url: `${portal.url.origin}/layanan/pengumuman`,
        account: 'anonim',
        caption: { id: 'Halaman awal Layanan pengumuman di portal BAS' },
      },
    ]);
    expect(readFileSync(join(dir, 'screenshots', 'pengumuman', '1.png'))).toEqual(captured[0]?.png);
    expect(existsSync(join(dir, 'screenshots', 'lama'))).toBe(false);
  });

  it('signs the citizen in for a public app that asks for an account, and takes each declared screen', () => {
    const { captured, missing } = of('dokumen-kependudukan');
    expect(missing).toEqual([]);
    expect(captured.map(({ n, url, account, caption: { id } }) => ({ n, url, account, id }))).toEqual([
      {
        n: 1,
        url: `${portal.url.origin}/layanan/dokumen-kependudukan`,
        account: 'warga',
        id: 'Daftar permohonan',
      },
      {
        n: 2,
        url: `${portal.url.origin}/layanan/dokumen-kependudukan/baru?jenis=ktp-el`,
        account: 'warga',
        id: 'Formulir permohonan KTP-el',
      },
    ]);
    // Two screens, two pictures.
    expect(captured[0]?.png.equals(captured[1]?.png ?? Buffer.alloc(0))).toBe(false);
  });

  it("signs an internal app's agency's civil servant in, and reports an internal app no account may open", () => {
    expect(of('cuti-online').captured).toMatchObject([{ account: 'asn.bkpsdm' }]);
    expect(of('e-office')).toEqual({
      captured: [],
      missing: [
        {
          n: 1,
          caption: expect.anything(),
          url: `${portal.url.origin}/layanan/e-office`,
          status: 'failed',
          reason:
            'tidak ada akun ASN untuk membukanya (atur BAS_EVIDENCE_INTERNAL_USER dan BAS_EVIDENCE_INTERNAL_PASSWORD)',
        },
      ],
    });
  });

  it("leaves out the portal's failure box and an empty app area, saying what they showed", () => {
    expect(of('rusak').captured).toEqual([]);
    // Taken twice before it is reported, with the page's own error of the second time.
    expect(of('rusak').missing).toMatchObject([
      {
        status: 'error',
        reason: expect.stringContaining('Layanan Rusak sedang tidak dapat dibuka'),
      },
    ]);
    expect(of('rusak').missing[0]?.reason).toContain(
      '(galat di halaman: rusak failed while running: TypeError: kali ke-2)',
    );
    expect(of('kosong').missing).toMatchObject([
      { status: 'blank', reason: 'bagian layanan di portal kosong' },
    ]);
    expect(existsSync(join(dir, 'screenshots', 'rusak'))).toBe(false);
  });

  it("sends an iframe app's frame to its declared path inside the portal", () => {
    const { captured, missing } = of('izin-pemakaman');
    expect(missing).toEqual([]);
    expect(captured.map(({ url }) => url)).toEqual([
      `${portal.url.origin}/layanan/izin-pemakaman`,
      `${portal.site}/ajukan`,
    ]);
    expect(captured[0]?.png.equals(captured[1]?.png ?? Buffer.alloc(0))).toBe(false);
  });

  it("takes a link app's own pages directly, leaving out a blank one", () => {
    const { captured, missing } = of('jadwal-posyandu');
    expect(captured).toMatchObject([
      { n: 1, url: `${portal.site}/tautan/`, file: 'screenshots/jadwal-posyandu/1.png' },
    ]);
    expect(missing).toMatchObject([{ n: 2, url: `${portal.site}/tautan/kosong`, status: 'blank' }]);
  });

  it('reports a sign-in page when the account is refused', async () => {
    const refused = await captureScreens([servicesAt(portal.site)[2] as EvidenceService], {
      portalUrl: portal.url,
      dir: mkdtempSync(join(tmpdir(), 'bas-evidence-refused-')),
      accounts: {
        ...accounts,
        internalByAgency: new Map([['bkpsdm', { username: 'asn.bkpsdm', password: 'salah' }]]),
      },
      timeoutMs: 3_000,
    });
    expect(refused.get('cuti-online')?.missing).toMatchObject([
      {
        status: 'failed',
        reason: "asn.bkpsdm tidak dapat masuk: asn.bkpsdm's sign-in was refused (wrong password?)",
      },
    ]);
  }, 60_000);
});

describe.skipIf(skipWithoutPrintingTools())('generateEvidence with screenshots', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bas-evidence-')), 'evidence', '2026');
  let portal: Awaited<ReturnType<typeof startFakePortal>>;
  let result: EvidenceResult;
  let text: string;

  beforeAll(async () => {
    let body = '';
    portal = await startFakePortal(() => body);
    const evidence: Evidence = { ...evidenceFixture, services: servicesAt(portal.site) };
    body = JSON.stringify(evidence);
    result = await generateEvidence({
      registryUrl: portal.url,
      token: 'admin-token',
      period: '2026',
      outDir,
      accounts,
      screenTimeoutMs: 5_000,
    });
    text = pdfText(result.pdf);
  }, 180_000);
  afterAll(async () => {
    await portal?.close();
    rmSync(join(outDir, '..', '..'), { recursive: true, force: true });
  });

  it('takes them by default when the address is a portal, and counts them', () => {
    expect(result.screenshots).toEqual({ taken: true, captured: 7, missing: 4, incomplete: 4 });
  });

  it("embeds each screenshot in the PDF on its service's page, with its caption", () => {
    const images = spawnSync('pdfimages', ['-list', result.pdf], { encoding: 'utf8' });
    expect(images.status).toBe(0);
    // Two header lines, then one line per image (Chromium may add a soft mask per image; count the 1280 × 800 ones).
    const pictures = images.stdout.split('\n').filter((line) => /\bimage\s+1280\s+800\b/.test(line));
    expect(pictures).toHaveLength(7);
    expect(text).toContain('Tangkapan layar');
    expect(text).toContain('Gambar 2. Formulir permohonan KTP-el');
    expect(text).toContain('Gambar 1. Jadwal posyandu');
  });

  it('lists the services with a screen left out under the gaps, and says why on their pages', () => {
    expect(text).toContain('4 dari 8 layanan belum lengkap');
    expect(text).toContain('Tangkapan layar belum lengkap');
    expect(text).toContain('Tidak disertakan:');
    expect(text).toContain('Layanan Rusak sedang tidak dapat dibuka');
    expect(text).toContain('tidak ada akun ASN untuk membukanya');
    expect(text).toContain('7 tangkapan layar dari 5 layanan');
  });

  it('zips the screenshots and data/screenshots.csv with the rest', () => {
    const files = [...readZip(readFileSync(result.zip)).keys()];
    expect(files).toEqual(
      expect.arrayContaining([
        'bas-spbe-2026/data/screenshots.csv',
        'bas-spbe-2026/screenshots/pengumuman/1.png',
        'bas-spbe-2026/screenshots/dokumen-kependudukan/2.png',
        'bas-spbe-2026/screenshots/izin-pemakaman/2.png',
        'bas-spbe-2026/screenshots/jadwal-posyandu/1.png',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.png'))).toHaveLength(7);
    const rows = csvRecords(readFileSync(join(outDir, 'data', 'screenshots.csv'), 'utf8'));
    expect(rows.map((row) => `${row.service}/${row.n} ${row.status}`)).toEqual([
      'pengumuman/1 ok',
      'dokumen-kependudukan/1 ok',
      'dokumen-kependudukan/2 ok',
      'cuti-online/1 ok',
      'e-office/1 failed',
      'rusak/1 error',
      'kosong/1 blank',
      'izin-pemakaman/1 ok',
      'izin-pemakaman/2 ok',
      'jadwal-posyandu/1 ok',
      'jadwal-posyandu/2 blank',
    ]);
  });

  it('with --no-screenshots takes none, and leaves no earlier ones in the folder or the ZIP', async () => {
    const again = await generateEvidence({
      registryUrl: portal.url,
      token: 'admin-token',
      period: '2026',
      outDir,
      screenshots: 'off',
    });
    expect(again.screenshots).toEqual({ taken: false, why: 'off (--no-screenshots)' });
    expect(again.zipped.filter((file) => /screenshots/.test(file))).toEqual([]);
    expect(pdfText(again.pdf)).not.toContain('Tangkapan layar');
  }, 60_000);
});
