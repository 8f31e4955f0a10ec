import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { evidenceReportSchema, type EvidenceReport } from '@bas/manifest/evidence';
import { EvidenceError } from '../EvidenceError.ts';
import { generateEvidence, type EvidenceOptions, type EvidenceResult } from '../generateEvidence.ts';
import { ReportRefusal } from './ReportRefusal.ts';

export interface ReportJobsOptions {
  /** The portal (its /api/ reaches the registry), through which the screenshots are taken. */
  registryUrl: URL;
  /** The registry's own address for the figures, when the portal's does not route its admin routes. */
  apiUrl?: URL;
  /** Where the reports are kept: `<id>/` with the files, `<id>.json` with what the console shows. */
  dir: string;
  /** How many reports are kept; the oldest finished ones beyond it are deleted. 10 by default. */
  keep?: number;
  screenTimeoutMs?: number;
  /** The generation itself; a test gives a fake. */
  generate?: (options: EvidenceOptions) => Promise<EvidenceResult>;
  logger?: Pick<Console, 'error'>;
}

export interface ReportRequest {
  period: string;
  screenshots: boolean;
  /** The admin's access token: the figures are read from the registry as that admin. */
  token: string;
  requestedBy: string;
}

const metadataFile = (dir: string, id: string) => join(dir, `${id}.json`);

/** The reports a restart found: one that was running when the service stopped has failed, and says so. */
function restore(dir: string): Map<string, EvidenceReport> {
  const reports = new Map<string, EvidenceReport>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    let report: EvidenceReport;
    try {
      report = evidenceReportSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    } catch {
      // Not one of ours, or cut short by a crash while written: no report to show.
      continue;
    }
    if (report.status === 'running') {
      report = {
        ...report,
        status: 'failed',
        finishedAt: new Date().toISOString(),
        error: 'The evidence service stopped while it made this report; make it again.',
      };
      writeFileSync(metadataFile(dir, report.id), JSON.stringify(report));
    }
    reports.set(report.id, report);
  }
  return reports;
}

/**
 * The evidence service's reports: one generation at a time (Chromium photographing every service takes the
 * machine's cores for minutes), each in its own folder, what it does saved as it goes so that the console can show
 * it and a restart does not lose the finished ones.
 */
export function createReportJobs(options: ReportJobsOptions) {
  const { dir, keep = 10, generate = generateEvidence, logger = console } = options;
  mkdirSync(dir, { recursive: true });
  const reports = restore(dir);
  let running: Promise<void> | undefined;

  const save = (report: EvidenceReport) => {
    reports.set(report.id, report);
    writeFileSync(metadataFile(dir, report.id), JSON.stringify(report));
  };
  const list = () => [...reports.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));

  /** Deletes the oldest finished reports beyond `keep`, files and all. */
  const prune = () => {
    for (const report of list().slice(keep)) {
      if (report.status === 'running') continue;
      rmSync(join(dir, report.id), { recursive: true, force: true });
      rmSync(metadataFile(dir, report.id), { force: true });
      reports.delete(report.id);
    }
  };

  const run = async (report: EvidenceReport, request: ReportRequest) => {
    let current = report;
    const update = (change: Partial<EvidenceReport>) => save((current = { ...current, ...change }));
    try {
      const result = await generate({
        registryUrl: options.registryUrl,
        ...(options.apiUrl === undefined ? {} : { apiUrl: options.apiUrl }),
        token: request.token,
        period: request.period,
        outDir: join(dir, report.id),
        screenshots: request.screenshots ? 'on' : 'off',
        ...(options.screenTimeoutMs === undefined ? {} : { screenTimeoutMs: options.screenTimeoutMs }),
        onStep: (step, progress) => update({ step, progress: progress ?? null }),
      });
      update({
        status: 'done',
        step: 'done',
        progress: null,
        finishedAt: new Date().toISOString(),
        files: [
          { name: basename(result.zip), kind: 'zip', bytes: statSync(result.zip).size },
          { name: basename(result.pdf), kind: 'pdf', bytes: statSync(result.pdf).size },
        ],
      });
    } catch (error) {
      if (!(error instanceof EvidenceError)) logger.error(`BAS evidence: report ${report.id} failed.`, error);
      update({
        status: 'failed',
        finishedAt: new Date().toISOString(),
        error:
          error instanceof EvidenceError
            ? error.message
            : `It failed unexpectedly (${(error as Error).message}); the evidence service's log has the details. Make it again, and tell the platform team if it fails again.`,
      });
    }
  };

  return {
    /** Newest first. */
    list,
    get: (id: string): EvidenceReport | undefined => reports.get(id),
    /** A finished report's file on disk; undefined for any name that is not one of its files. */
    fileOf(id: string, name: string): { path: string; kind: 'zip' | 'pdf' } | undefined {
      const file = reports.get(id)?.files.find((candidate) => candidate.name === name);
      return file === undefined ? undefined : { path: join(dir, id, file.name), kind: file.kind };
    },
    /** Starts a report, or refuses with 409 BUSY and the one under way. */
    start(request: ReportRequest): EvidenceReport {
      const busy = list().find((report) => report.status === 'running');
      if (busy !== undefined) {
        throw new ReportRefusal(
          409,
          'BUSY',
          `The report for ${busy.period} that ${busy.requestedBy} asked for at ${busy.startedAt} is being made; wait until it ends, then ask again.`,
          busy,
        );
      }
      const report: EvidenceReport = {
        id: randomUUID(),
        period: request.period,
        screenshots: request.screenshots,
        status: 'running',
        requestedBy: request.requestedBy,
        startedAt: new Date().toISOString(),
        finishedAt: null,
        step: 'figures',
        progress: null,
        error: null,
        files: [],
      };
      save(report);
      prune();
      running = run(report, request).finally(() => (running = undefined));
      return report;
    },
    /** Resolves when no report is being made: for a clean stop. */
    settled: async (): Promise<void> => running,
  };
}

export type ReportJobs = ReturnType<typeof createReportJobs>;
