import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEvidence } from '@bas/evidence';
import type { ManifestEntry } from '@bas/manifest';
import { seedCatalog } from '@bas/manifest/seed';
import { buildRegistry, createDatabase, type Registry } from '@bas/registry';
import { fillMonitoringHistory, fillSurveyAnswers } from '@bas/test-history';
import { startTokenIssuer } from './startTokenIssuer.ts';

export interface EvidenceBenchOptions {
  /** Active apps in the catalog, each with a year of figures. */
  apps: number;
  runs: number;
  log: (line: string) => void;
}

/** Each figure's measurements, one per run. */
export interface EvidenceRuns {
  /** `GET /api/evidence` over HTTP with an admin's token, until its body is read: the registry's part, ms. */
  answer: number[];
  /** The answer's JSON, KB. */
  answerKb: number[];
  /** From the last data file written to the PDF written: the report rendered to HTML and printed by Chromium, ms. */
  pdf: number[];
  /** `generateEvidence` end to end, as `npm run evidence -- --no-screenshots` runs it: answer, CSV, PDF, ZIP, ms. */
  total: number[];
  /** Pages of the PDF. */
  pages: number[];
}

const dayMs = 24 * 3600 * 1000;

/**
 * `count` active entries: the seed catalog's, in its order, then copies of them under ids and routes of their own
 * (`-salinan-<n>`) when more are asked for than it holds.
 */
function evidenceCatalog(count: number): ManifestEntry[] {
  const active = seedCatalog().filter((entry) => entry.status === 'active');
  return Array.from({ length: count }, (_, index): ManifestEntry => {
    const base = active[index % active.length] as ManifestEntry;
    if (index < active.length) return base;
    const copy = `-salinan-${Math.floor(index / active.length)}`;
    return { ...base, id: `${base.id}${copy}`, route: `${base.route}${copy}` };
  });
}

/** Pages of a PDF as Chromium writes it: its page objects (`/Type /Page`, not the page tree's `/Pages`). */
const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
};

/** The answer must hold every app with figures of each kind: otherwise the generation or the reading is wrong. */
function checkAnswer(status: number, text: string, apps: number, period: string): void {
  const services =
    status === 200
      ? (
          JSON.parse(text) as {
            services?: {
              id: string;
              uptime: { probes: number };
              loadSuccess: { attempts: number };
              satisfaction: { answers: number };
            }[];
          }
        ).services
      : undefined;
  const empty = services?.find(
    (service) =>
      service.uptime.probes === 0 || service.loadSuccess.attempts === 0 || service.satisfaction.answers === 0,
  );
  if (services?.length !== apps || empty !== undefined) {
    throw new Error(
      `GET /api/evidence?period=${period} answered HTTP ${status} with ${String(services?.length)} services for ${apps} apps seeded${empty === undefined ? '' : `, ${empty.id} without probes, openings or survey answers`}: ${text.slice(0, 200)}`,
    );
  }
}

/**
 * What the SPBE evidence costs at the scale of a city's catalog: a registry database of its own, made by the
 * registry's migrations and seeded with `apps` active apps (the seed catalog, copied past its size), a whole UTC year
 * of their figures generated into it (probe counts per app and day, real-user openings per app and hour, satisfaction
 * survey answers); the registry served on loopback, its tokens checked against a stand-in identity provider of the
 * bench's own. Then, `runs` times, the registry's evidence answer alone (as an admin's `GET /api/evidence`), and
 * `generateEvidence` end to end into a fresh folder, as `npm run evidence -- --no-screenshots` makes it.
 */
export async function measureEvidence({ apps, runs, log }: EvidenceBenchOptions): Promise<EvidenceRuns> {
  // The last whole UTC year: what an evaluation asks for, with twelve months of figures.
  const year = new Date().getUTCFullYear() - 1;
  const period = String(year);
  const end = new Date(Date.UTC(year + 1, 0, 1));
  const days = (end.getTime() - Date.UTC(year, 0, 1)) / dayMs;
  const dataDir = mkdtempSync(join(tmpdir(), 'bas-bench-evidence-'));
  const issuer = await startTokenIssuer();
  // The year's hourly figures are up to two years old: the registry's roll-up, run at start, must keep them.
  const options = {
    dataDir,
    environment: 'development' as const,
    oidc: issuer.oidc,
    rum: { hourlyRetentionDays: 1000 },
  };
  let registry: Registry | undefined;
  try {
    const catalog = evidenceCatalog(apps);
    const ids = catalog.map((entry) => entry.id);
    await (await buildRegistry({ ...options, seed: catalog })).close();
    const { db } = await createDatabase({ dataDir });
    try {
      const started = performance.now();
      // Up to the end of the year: the day and the hours either side of it fall outside the period, read by neither.
      const { probeDays, rumHours } = await fillMonitoringHistory(db, ids, days + 1, end);
      const answers = await fillSurveyAnswers(db, ids, period);
      log(
        `  ${period} of ${apps} apps generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${probeDays} probe days, ${rumHours} hourly RUM rows, ${answers} survey answers`,
      );
    } finally {
      await db.destroy();
    }

    registry = await buildRegistry(options);
    const registryUrl = new URL(await registry.app.listen({ port: 0, host: '127.0.0.1' }));
    const measured: EvidenceRuns = { answer: [], answerKb: [], pdf: [], total: [], pages: [] };
    for (let run = 0; run < runs; run += 1) {
      const token = issuer.adminToken();
      const answer = await timed(async () => {
        const response = await fetch(new URL(`/api/evidence?period=${period}`, registryUrl), {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        });
        return { status: response.status, text: await response.text() };
      });
      checkAnswer(answer.result.status, answer.result.text, apps, period);

      const outDir = mkdtempSync(join(tmpdir(), 'bas-bench-evidence-out-'));
      try {
        const { ms, result } = await timed(() =>
          generateEvidence({ registryUrl, token, period, outDir, screenshots: 'off' }),
        );
        // generateEvidence writes data/ (the answer, the CSV files), then the PDF, then the ZIP.
        const data = join(result.dir, 'data');
        const dataWritten = Math.max(...readdirSync(data).map((file) => statSync(join(data, file)).mtimeMs));
        measured.answer.push(answer.ms);
        measured.answerKb.push(Buffer.byteLength(answer.result.text) / 1024);
        measured.pdf.push(statSync(result.pdf).mtimeMs - dataWritten);
        measured.total.push(ms);
        measured.pages.push(pagesOf(readFileSync(result.pdf)));
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    }
    return measured;
  } finally {
    await registry?.close();
    await issuer.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
