import { http, HttpResponse, type HttpHandler } from 'msw';
import type { AppSummary, AuditRecord, EvidenceReport } from '../api/registryApi.ts';
import { appDetailOf, catalogFixture, reviewFixture } from './catalogFixture.ts';
import { evidenceFixture } from './evidenceFixture.ts';
import { evidenceReportFixture } from './evidenceReportFixture.ts';

export const registryUrl = 'http://registry.test';

/** The monitor's answer for an app it has not probed yet. */
const neverProbed = (id: string) => ({
  app: id,
  status: 'unknown',
  since: null,
  problem: null,
  reason: null,
  checkedAt: null,
  lastProbes: [],
  uptime: { days: [], months: [] },
  latency: { p50Ms: null, p95Ms: null, probes: 0 },
});

/** The usage of an app nobody has opened in the range. */
const neverOpened = (id: string) => ({
  app: id,
  since: '2026-11-29T02:00:00.000Z',
  until: '2026-11-30T02:00:00.000Z',
  opens: {
    attempts: 0,
    mounted: 0,
    failed: 0,
    failures: {
      timeout: 0,
      network: 0,
      integrity: 0,
      'sdk-version': 0,
      'mount-error': 0,
      'render-error': 0,
    },
    timeToMountedMs: null,
  },
  vitals: { LCP: null, INP: null, CLS: null, FCP: null, TTFB: null },
  hours: [],
});

/** The objectives of an app with nothing measured this month yet. */
const nothingMeasured = (id: string) => {
  const unmeasured = {
    measured: null,
    budgetRemaining: null,
    burnRates: { '1h': null, '6h': null, '30d': null },
  };
  return {
    app: id,
    month: '2026-11',
    availability: { objective: 99.5, ...unmeasured },
    loadSuccess: { objective: 99, ...unmeasured },
  };
};

export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  authorization: string | null;
  body: unknown;
}

/**
 * The registry's console routes over a small catalog kept in memory, the way the real one changes it (approving
 * serves the version, disabling disables), recording each request so a test can see what the console sent. The
 * evidence service's reports, newest first, are `reports`: a test moves one along by changing it there.
 */
export function fakeRegistry(
  apps: AppSummary[] = catalogFixture(),
  audit: AuditRecord[] = [],
  reports: EvidenceReport[] = [],
) {
  const requests: RecordedRequest[] = [];
  const find = (id: string) => apps.find((app) => app.id === id);
  const notFound = (id: string) =>
    HttpResponse.json(
      { code: 'NOT_FOUND', message: `There is no app "${id}" in the catalog.` },
      { status: 404 },
    );
  const noReport = (id: string) =>
    HttpResponse.json(
      { code: 'NOT_FOUND', message: `There is no report "${id}"; list the reports to see which there are.` },
      { status: 404 },
    );

  const record = async (request: Request) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    requests.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      authorization: request.headers.get('authorization'),
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    });
  };
  const handlers: HttpHandler[] = [
    http.all(`${registryUrl}/*`, async ({ request }) => {
      await record(request);
    }),
    http.get(`${registryUrl}/api/apps`, () => HttpResponse.json({ apps })),
    http.get(`${registryUrl}/api/apps/:id`, ({ params }) => {
      const app = find(String(params.id));
      return app === undefined ? notFound(String(params.id)) : HttpResponse.json(appDetailOf(app));
    }),
    http.get(`${registryUrl}/api/apps/:id/versions/:version`, ({ params }) => {
      const app = find(String(params.id));
      if (app === undefined) return notFound(String(params.id));
      return HttpResponse.json({
        entry: {
          ...reviewFixture().current,
          id: app.id,
          version: String(params.version),
          name: app.name,
          kind: app.kind,
          role: app.role,
        },
      });
    }),
    http.get(`${registryUrl}/api/apps/:id/versions/:version/review`, () =>
      HttpResponse.json(reviewFixture()),
    ),
    http.get(`${registryUrl}/api/apps/:id/health`, ({ params }) =>
      HttpResponse.json(neverProbed(String(params.id))),
    ),
    http.get(`${registryUrl}/api/apps/:id/usage`, ({ params }) =>
      HttpResponse.json(neverOpened(String(params.id))),
    ),
    http.get(`${registryUrl}/api/apps/:id/slo`, ({ params }) =>
      HttpResponse.json(nothingMeasured(String(params.id))),
    ),
    http.post(`${registryUrl}/api/apps/:id/versions/:version/approve`, ({ params }) => {
      const app = find(String(params.id));
      if (app === undefined) return notFound(String(params.id));
      Object.assign(app, { currentVersion: params.version, pendingVersions: 0, latestPendingVersion: null });
      return HttpResponse.json(appDetailOf(app));
    }),
    http.delete(`${registryUrl}/api/apps/:id/versions/:version`, ({ params }) => {
      const app = find(String(params.id));
      if (app === undefined) return notFound(String(params.id));
      Object.assign(app, { pendingVersions: 0, latestPendingVersion: null });
      return HttpResponse.json(appDetailOf(app));
    }),
    http.post(`${registryUrl}/api/apps/:id/rollback`, ({ params }) => {
      const app = find(String(params.id));
      return app === undefined ? notFound(String(params.id)) : HttpResponse.json(appDetailOf(app));
    }),
    ...(['disable', 'enable'] as const).map((action) =>
      http.post(`${registryUrl}/api/apps/:id/${action}`, ({ params }) => {
        const app = find(String(params.id));
        if (app === undefined) return notFound(String(params.id));
        app.status = action === 'disable' ? 'disabled' : 'active';
        return HttpResponse.json({ id: app.id, status: app.status });
      }),
    ),
    http.get(`${registryUrl}/api/audit`, () => HttpResponse.json({ records: audit })),
    http.get(`${registryUrl}/api/evidence`, ({ request }) =>
      HttpResponse.json(
        evidenceFixture(
          new URL(request.url).searchParams.get('period') ?? String(new Date().getUTCFullYear()),
        ),
      ),
    ),
    http.get(`${registryUrl}/api/evidence/reports`, () => HttpResponse.json({ reports })),
    http.post(`${registryUrl}/api/evidence/reports`, async ({ request }) => {
      const { period, screenshots } = (await request.json()) as { period: string; screenshots: boolean };
      const running = reports.find((report) => report.status === 'running');
      if (running !== undefined) {
        return HttpResponse.json(
          {
            code: 'busy',
            message: `The ${running.period} report is being generated; wait until it is done, then ask again.`,
            report: running,
          },
          { status: 409 },
        );
      }
      const report = evidenceReportFixture('running', {
        id: `laporan-${reports.length + 1}`,
        period,
        screenshots,
        startedAt: new Date().toISOString(),
        step: 'figures',
        progress: null,
      });
      reports.unshift(report);
      return HttpResponse.json(report, { status: 202 });
    }),
    http.get(`${registryUrl}/api/evidence/reports/:id`, ({ params }) => {
      const report = reports.find((each) => each.id === params.id);
      return report === undefined ? noReport(String(params.id)) : HttpResponse.json(report);
    }),
    http.get(`${registryUrl}/api/evidence/reports/:id/files/:name`, ({ params }) => {
      const file = reports
        .find((each) => each.id === params.id)
        ?.files.find((each) => each.name === params.name);
      if (file === undefined) return noReport(String(params.id));
      return new HttpResponse(`${file.kind} of ${String(params.id)}`, {
        headers: {
          'content-type': file.kind === 'zip' ? 'application/zip' : 'application/pdf',
          'content-disposition': `attachment; filename="${file.name}"`,
        },
      });
    }),
    http.get(
      `${registryUrl}/api/audit.csv`,
      () =>
        new HttpResponse('id,at,actor\n1,2026-11-29T02:00:00.000Z,admin\n', {
          headers: { 'content-type': 'text/csv' },
        }),
    ),
  ];
  return { apps, reports, requests, handlers };
}
