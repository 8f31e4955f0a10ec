import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { captureScreens, type ServiceScreens } from './captureScreens.ts';
import { EvidenceError } from './EvidenceError.ts';
import { fetchEvidence } from './fetchEvidence.ts';
import { portalAt } from './portalAt.ts';
import { renderReport, reportTitle } from './renderReport.ts';
import { screenAccounts, type ScreenAccounts } from './screenAccounts.ts';
import { writeCsv, writeScreenshotsCsv } from './writeCsv.ts';
import { writePdf } from './writePdf.ts';
import { writeZip } from './writeZip.ts';

export interface EvidenceOptions {
  /**
   * The portal, which passes /api/ on to the registry (`http://127.0.0.1:4100` under npm start), or the registry
   * itself; the report prints services' portal addresses under it, and the screenshots are taken through it.
   */
  registryUrl: URL;
  /**
   * Where the figures are read, when not through `registryUrl`: the registry's own address where the portal's
   * public one does not route the admin routes (in a cluster, `http://registry:4190`).
   */
  apiUrl?: URL;
  /** A platform admin's access token of a catalog client (bas-cli). */
  token: string;
  /** The year, four digits. */
  period: string;
  /** The folder to write; created when missing, its files of the same names replaced. */
  outDir: string;
  /**
   * Screenshots of every service's main screens through the portal (captureScreens): `auto` (the default) takes
   * them when `registryUrl` is the portal, `on` requires it to be, `off` takes none.
   */
  screenshots?: 'auto' | 'on' | 'off';
  /**
   * Who the screenshots are taken as; by default the settings (BAS_EVIDENCE_PUBLIC_USER, …) and, on the portal
   * `npm start` runs, the development realm's demo users (screenAccounts).
   */
  accounts?: ScreenAccounts;
  /** How long one page may take to load and settle for its screenshot; 20 s. */
  screenTimeoutMs?: number;
  /** Told as each step begins, and after each service photographed, for a caller that shows the progress. */
  onStep?: (step: EvidenceStep, progress?: { done: number; total: number }) => void;
}

/** The steps of a generation, in their order. */
export type EvidenceStep = 'figures' | 'screenshots' | 'pdf' | 'zip';

/** What became of the screenshots. */
export type ScreenshotsOutcome =
  | { taken: false; why: string }
  | {
      taken: true;
      /** Screenshots in the report and the ZIP. */
      captured: number;
      /** Screens that were blank, the portal's failure box, a sign-in page, or could not be opened. */
      missing: number;
      /** Services with the `no-screenshots` gap. */
      incomplete: number;
    };

export interface EvidenceResult {
  dir: string;
  pdf: string;
  zip: string;
  /** What the ZIP holds, by its paths inside it. */
  zipped: string[];
  screenshots: ScreenshotsOutcome;
}

/**
 * Assembles one period's SPBE evidence (data dukung) from the registry: in `outDir`, laporan-spbe-<period>.pdf,
 * data/indicators.csv, data/services.csv, data/opens-by-month.csv and data/evidence.json (the registry's answer
 * as received); with the screenshots, screenshots/<service>/<n>.png and data/screenshots.csv; and
 * bas-spbe-<period>.zip with every file of the folder under bas-spbe-<period>/, for the evaluation's upload form.
 */
export async function generateEvidence(options: EvidenceOptions): Promise<EvidenceResult> {
  options.onStep?.('figures');
  const { evidence, text } = await fetchEvidence(
    options.apiUrl ?? options.registryUrl,
    options.token,
    options.period,
  );
  const dir = resolve(options.outDir);
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'evidence.json'), text);
  writeCsv(evidence, dataDir);

  let screens: Map<string, ServiceScreens> | undefined;
  let outcome: ScreenshotsOutcome = { taken: false, why: 'off (--no-screenshots)' };
  const wanted = options.screenshots ?? 'auto';
  if (wanted !== 'off') {
    const portal = await portalAt(options.registryUrl);
    if (!portal && wanted === 'on') {
      throw new EvidenceError(
        `--screenshots: no BAS portal answers at ${options.registryUrl.origin} (its /config.json names no catalog). The screenshots are taken through the portal: set BAS_REGISTRY_URL to the portal's address, not the registry's, or leave the screenshots out with --no-screenshots.`,
      );
    }
    if (portal) {
      const accounts = options.accounts ?? (await screenAccounts(options.registryUrl, process.env));
      options.onStep?.('screenshots', { done: 0, total: evidence.services.length });
      screens = await captureScreens(evidence.services, {
        portalUrl: options.registryUrl,
        dir,
        accounts,
        onService: (done, total) => options.onStep?.('screenshots', { done, total }),
        ...(options.screenTimeoutMs === undefined ? {} : { timeoutMs: options.screenTimeoutMs }),
      });
      writeScreenshotsCsv(evidence, screens, dataDir);
      const all = [...screens.values()];
      outcome = {
        taken: true,
        captured: all.reduce((sum, { captured }) => sum + captured.length, 0),
        missing: all.reduce((sum, { missing }) => sum + missing.length, 0),
        incomplete: all.filter(({ captured, missing }) => missing.length > 0 || captured.length === 0).length,
      };
    } else {
      outcome = { taken: false, why: `no portal answers at ${options.registryUrl.origin}` };
    }
  }
  if (screens === undefined) {
    // An earlier run's screenshots are not this report's: they must not reach the ZIP.
    rmSync(join(dir, 'screenshots'), { recursive: true, force: true });
    rmSync(join(dataDir, 'screenshots.csv'), { force: true });
  }

  options.onStep?.('pdf');
  const pdf = join(dir, `laporan-spbe-${options.period}.pdf`);
  await writePdf(renderReport(evidence, options.registryUrl, screens), pdf, reportTitle(options.period));
  const name = `bas-spbe-${options.period}`;
  const zip = join(dir, `${name}.zip`);
  options.onStep?.('zip');
  const zipped = await writeZip(dir, zip, name);
  return { dir, pdf, zip, zipped, screenshots: outcome };
}
