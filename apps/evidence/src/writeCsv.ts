import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Evidence } from '@bas/manifest/evidence';
import { toCsv } from '@bas/server-kit';
import type { ServiceScreens } from './captureScreens.ts';

type Cell = string | number | null;

/**
 * The evidence as three tables, for evaluators who check or total the figures in a spreadsheet. Columns are named
 * after evidence.json's fields (`uptime.ratio`), so a figure can be traced back; ratios stay 0 to 1 with a point,
 * and an empty cell is a figure not measured yet.
 */
export function evidenceTables(evidence: Evidence): Record<string, Cell[][]> {
  const indicators: Cell[][] = [
    ['indicator', 'title', 'aspect', 'services', 'uptime', 'opens', 'ikm', 'completeness'],
    ...evidence.indicators.map((row) => [
      row.indicator,
      row.title,
      row.aspect,
      row.services,
      row.uptime,
      row.opens,
      row.ikm,
      row.completeness,
    ]),
  ];
  const services: Cell[][] = [
    [
      'id',
      'name.id',
      'name.en',
      'agency.code',
      'agency.name',
      'owner.name',
      'owner.email',
      'owner.phone',
      'indicator',
      'applicationType',
      'serviceType',
      'kind',
      'role',
      'url.portal',
      'url.standalone',
      'description.id',
      'description.en',
      'apiOrigins',
      'uptime.probes',
      'uptime.ok',
      'uptime.ratio',
      'loadSuccess.attempts',
      'loadSuccess.failed',
      'loadSuccess.ratio',
      'opens',
      'satisfaction.answers',
      'satisfaction.ikm',
      'satisfaction.grade',
      'complaints',
      'statement',
      'gaps',
    ],
    ...evidence.services.map((service) => [
      service.id,
      service.name.id,
      service.name.en,
      service.agency.code,
      service.agency.name,
      service.owner.name,
      service.owner.email,
      service.owner.phone,
      service.indicator,
      service.applicationType,
      service.serviceType,
      service.kind,
      service.role,
      service.url.portal,
      service.url.standalone,
      service.description.id,
      service.description.en,
      // Origins hold no spaces, so one cell with them separated by spaces reads back unambiguously.
      service.apiOrigins.join(' '),
      service.uptime.probes,
      service.uptime.ok,
      service.uptime.ratio,
      service.loadSuccess.attempts,
      service.loadSuccess.failed,
      service.loadSuccess.ratio,
      service.opensByMonth.reduce((sum, month) => sum + month.opens, 0),
      service.satisfaction.answers,
      service.satisfaction.ikm,
      service.satisfaction.grade,
      service.complaints,
      service.statement,
      // The registry's gap codes (evidenceGaps) hold no spaces either.
      service.gaps.join(' '),
    ]),
  ];
  const opensByMonth: Cell[][] = [
    ['service', 'month', 'opens'],
    ...evidence.services.flatMap((service) =>
      service.opensByMonth.map((month) => [service.id, month.month, month.opens]),
    ),
  ];
  return { 'indicators.csv': indicators, 'services.csv': services, 'opens-by-month.csv': opensByMonth };
}

/** Writes evidenceTables' three CSV files (RFC 4180, UTF-8) into `dataDir`; returns their names. */
export function writeCsv(evidence: Evidence, dataDir: string): string[] {
  return Object.entries(evidenceTables(evidence)).map(([name, rows]) => {
    writeFileSync(join(dataDir, name), toCsv(rows));
    return name;
  });
}

/**
 * One row per planned screenshot of every service, in the report's order: `status` is `ok` for one in the report
 * and the ZIP (`file`), else what it showed instead (`blank`, `error`, `login`, `forbidden`) or `failed`, with
 * `reason` in the report's words.
 */
export function screenshotTable(evidence: Evidence, screens: ReadonlyMap<string, ServiceScreens>): Cell[][] {
  const rows = evidence.services.flatMap((service) => {
    const { captured = [], missing = [] } = screens.get(service.id) ?? {};
    return [
      ...captured.map((screen) => ({ ...screen, status: 'ok', reason: '' })),
      ...missing.map((screen) => ({ ...screen, file: '', account: '' })),
    ]
      .sort((a, b) => a.n - b.n)
      .map((screen): Cell[] => [
        service.id,
        screen.n,
        screen.caption.id,
        screen.caption.en,
        screen.url,
        screen.status,
        screen.file,
        screen.account,
        screen.reason,
      ]);
  });
  return [
    ['service', 'n', 'caption.id', 'caption.en', 'url', 'status', 'file', 'account', 'reason'],
    ...rows,
  ];
}

/** Writes screenshotTable as `screenshots.csv` into `dataDir`; returns its name. */
export function writeScreenshotsCsv(
  evidence: Evidence,
  screens: ReadonlyMap<string, ServiceScreens>,
  dataDir: string,
): string {
  writeFileSync(join(dataDir, 'screenshots.csv'), toCsv(screenshotTable(evidence, screens)));
  return 'screenshots.csv';
}
