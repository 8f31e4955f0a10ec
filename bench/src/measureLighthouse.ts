import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromiumPath } from '@bas/chromium';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Total blocking time under the simulated phone, in ms. */
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  /**
   * Lighthouse's measure of the machine's CPU speed (its `benchmarkIndex`): the simulated phone multiplies the work
   * it observes here, so two runs' scores compare only beside it.
   */
  benchmarkIndex: number;
}

const cli = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));

/**
 * A run of Lighthouse's command line with its defaults (a mid-range phone on slow 4G, simulated throttling), in
 * Debian's Chromium, as a person checking the portal would run it: `lighthouse <url>`, with `--no-sandbox` only
 * because this machine runs as root. Not the library with the project's own Chromium flags: the figure must be
 * the one anyone reproduces.
 */
export async function measureLighthouse(url: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(join(tmpdir(), 'bas-lighthouse-'));
  const report = join(dir, 'report.json');
  try {
    await runLighthouse(url, report);
    const { categories, audits, environment } = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
      environment?: { benchmarkIndex?: number };
    };
    const score = (name: string) => Math.round((categories[name]?.score ?? Number.NaN) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      totalBlockingTimeMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      largestContentfulPaintMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      benchmarkIndex: environment?.benchmarkIndex ?? Number.NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Tries the command line this many times when it asks to be run again. */
const attempts = 3;

/**
 * One run of the command line, again when Lighthouse itself says its trace went wrong and asks to be run again
 * (NO_NAVSTART, NO_FCP: it lost the page load's trace, seen now and then on a busy machine); any other failure
 * ends the benchmark.
 */
async function runLighthouse(url: string, report: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await promisify(execFile)(
        cli,
        [
          url,
          '--output=json',
          `--output-path=${report}`,
          '--quiet',
          '--chrome-flags=--headless --no-sandbox',
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
      );
      return;
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '');
      if (attempt === attempts || !stderr.includes('Please run Lighthouse again')) throw error;
      console.warn(`Lighthouse asked to be run again (${stderr.trim()}); run ${attempt + 1} of ${attempts}.`);
    }
  }
}
