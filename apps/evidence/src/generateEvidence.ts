import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fetchEvidence } from './fetchEvidence.ts';
import { renderReport, reportTitle } from './renderReport.ts';
import { writeCsv } from './writeCsv.ts';
import { writePdf } from './writePdf.ts';
import { writeZip } from './writeZip.ts';

export interface EvidenceOptions {
  /**
   * The portal, which passes /api/ on to the registry (`http://127.0.0.1:4100` under npm start), or the registry
   * itself; the report prints services' portal addresses under it.
   */
  registryUrl: URL;
  /** A platform admin's access token of a catalog client (bas-cli). */
  token: string;
  /** The year, four digits. */
  period: string;
  /** The folder to write; created when missing, its files of the same names replaced. */
  outDir: string;
}

export interface EvidenceResult {
  dir: string;
  pdf: string;
  zip: string;
  /** What the ZIP holds, by its paths inside it. */
  zipped: string[];
}

/**
 * Assembles one period's SPBE evidence (data dukung) from the registry: in `outDir`, laporan-spbe-<period>.pdf,
 * data/indicators.csv, data/services.csv, data/opens-by-month.csv and data/evidence.json (the registry's answer
 * as received), and bas-spbe-<period>.zip with every file of the folder (what else is put there, such as
 * screenshots, goes in too) under bas-spbe-<period>/, for the evaluation's upload form.
 */
export async function generateEvidence(options: EvidenceOptions): Promise<EvidenceResult> {
  const { evidence, text } = await fetchEvidence(options.registryUrl, options.token, options.period);
  const dir = resolve(options.outDir);
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'evidence.json'), text);
  writeCsv(evidence, dataDir);
  const pdf = join(dir, `laporan-spbe-${options.period}.pdf`);
  await writePdf(renderReport(evidence, options.registryUrl), pdf, reportTitle(options.period));
  const name = `bas-spbe-${options.period}`;
  const zip = join(dir, `${name}.zip`);
  const zipped = await writeZip(dir, zip, name);
  return { dir, pdf, zip, zipped };
}
