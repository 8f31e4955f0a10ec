import type { EvidenceReport } from '../api/registryApi.ts';

/**
 * A report of the evidence service in `status`, as it would be: running, it photographs service 12 of 204; done,
 * it has the period's ZIP (1,2 MB) and PDF (3,4 MB); failed, it says why. `report` sets anything else.
 */
export function evidenceReportFixture(
  status: EvidenceReport['status'],
  report: Partial<EvidenceReport> = {},
): EvidenceReport {
  const period = report.period ?? '2026';
  return {
    id: `laporan-${period}-${status}`,
    period,
    screenshots: true,
    status,
    requestedBy: 'Admin Platform',
    startedAt: '2026-11-30T03:00:00.000Z',
    finishedAt: status === 'running' ? null : '2026-11-30T03:07:00.000Z',
    step: status === 'done' ? 'done' : 'screenshots',
    progress: status === 'running' ? { done: 12, total: 204 } : null,
    error:
      status === 'failed'
        ? 'Chromium could not be started on the evidence service: install it there (npx playwright install chromium), then generate the report again.'
        : null,
    files:
      status === 'done'
        ? [
            { name: `bas-spbe-${period}.zip`, kind: 'zip', bytes: 1_258_291 },
            { name: `laporan-spbe-${period}.pdf`, kind: 'pdf', bytes: 3_565_158 },
          ]
        : [],
    ...report,
  };
}
