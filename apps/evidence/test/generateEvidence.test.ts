import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEvidence, type EvidenceResult } from '../src/generateEvidence.ts';
import { evidenceFixture, hostileName } from './evidenceFixture.ts';
import { csvRecords } from './support/parseCsv.ts';
import { pdfText, skipWithoutPrintingTools } from './support/printingTools.ts';
import { readZip } from './support/readZip.ts';
import { serveEvidence } from './support/serveEvidence.ts';

// Indented, as a registry may send it: data/evidence.json must keep these bytes, not a re-serialised copy.
const body = JSON.stringify(evidenceFixture, null, 2);

describe.skipIf(skipWithoutPrintingTools())('generateEvidence', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'bas-evidence-')), 'evidence', '2026');
  let registry: Awaited<ReturnType<typeof serveEvidence>>;
  let result: EvidenceResult;
  let text: string;

  beforeAll(async () => {
    registry = await serveEvidence(() => ({ status: 200, body }));
    result = await generateEvidence({
      registryUrl: registry.url,
      token: 'admin-token',
      period: '2026',
      outDir,
    });
    text = pdfText(result.pdf);
  }, 60_000);
  afterAll(async () => {
    await registry.close();
    rmSync(join(outDir, '..', '..'), { recursive: true, force: true });
  });

  it('asks the registry for the period with the token', () => {
    expect(registry.asked).toEqual([
      { url: '/api/evidence?period=2026', authorization: 'Bearer admin-token' },
      // Whether it is a portal, for the screenshots; never with the token.
      { url: '/config.json', authorization: undefined },
    ]);
  });

  it('takes no screenshots from a registry that is no portal, and says so', () => {
    expect(result.screenshots).toEqual({ taken: false, why: `no portal answers at ${registry.url.origin}` });
  });

  it("prints a PDF with every indicator's heading from 32 to 47 and every service's name", () => {
    expect(result.pdf).toBe(join(outDir, 'laporan-spbe-2026.pdf'));
    for (const indicator of evidenceFixture.indicators) {
      expect(text).toContain(`Indikator ${indicator.indicator} — ${indicator.title}`);
    }
    for (const service of evidenceFixture.services) expect(text).toContain(service.name.id);
    expect(text).toContain('Data Dukung Evaluasi SPBE');
    expect(text).toContain('Periode 2026');
  });

  it('prints the hostile name as its characters', () => {
    expect(text).toContain(hostileName);
  });

  it('numbers the pages in the footer, one page or more per service', () => {
    const total = Number(/Halaman 1 dari (\d+)/.exec(text)?.[1]);
    // Cover, summary, then 16 sections of which four hold a service each.
    expect(total).toBeGreaterThanOrEqual(2 + evidenceFixture.indicators.length);
    expect(text).toContain(`Halaman ${total} dari ${total}`);
  });

  it("keeps the registry's answer as received in data/evidence.json, and the CSVs beside it", () => {
    expect(readFileSync(join(outDir, 'data', 'evidence.json'), 'utf8')).toBe(body);
    const services = csvRecords(readFileSync(join(outDir, 'data', 'services.csv'), 'utf8'));
    expect(services.map((row) => Number(row['uptime.probes']))).toEqual(
      evidenceFixture.services.map((service) => service.uptime.probes),
    );
  });

  it('zips every file under one folder', () => {
    expect(result.zip).toBe(join(outDir, 'bas-spbe-2026.zip'));
    const files = readZip(readFileSync(result.zip));
    expect([...files.keys()]).toEqual([
      'bas-spbe-2026/data/evidence.json',
      'bas-spbe-2026/data/indicators.csv',
      'bas-spbe-2026/data/opens-by-month.csv',
      'bas-spbe-2026/data/services.csv',
      'bas-spbe-2026/laporan-spbe-2026.pdf',
    ]);
    expect(result.zipped).toEqual([...files.keys()]);
    expect(files.get('bas-spbe-2026/data/evidence.json')?.toString('utf8')).toBe(body);
    expect(files.get('bas-spbe-2026/laporan-spbe-2026.pdf')).toEqual(readFileSync(result.pdf));
  });
});
