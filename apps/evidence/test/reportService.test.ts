import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidenceReportListSchema, evidenceReportSchema, type EvidenceReport } from '@bas/manifest/evidence';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EvidenceError } from '../src/EvidenceError.ts';
import type { EvidenceOptions, EvidenceResult } from '../src/generateEvidence.ts';
import { createReportService, type ReportService } from '../src/reports/createReportService.ts';
import { loadReportServiceConfig } from '../src/reports/loadReportServiceConfig.ts';
import { evidenceFixture } from './evidenceFixture.ts';
import { pdfText, skipWithoutPrintingTools } from './support/printingTools.ts';
import { readZip } from './support/readZip.ts';
import { serveEvidence } from './support/serveEvidence.ts';
import { startTokenIssuer } from './support/signTokens.ts';

/** A generation the test steps through: each call waits for `finish` and writes two small files. */
function controlledGeneration() {
  const calls: EvidenceOptions[] = [];
  let finish: (outcome?: Error) => void = () => undefined;
  const generate = async (options: EvidenceOptions): Promise<EvidenceResult> => {
    calls.push(options);
    options.onStep?.('figures');
    options.onStep?.('screenshots', { done: 3, total: 7 });
    const outcome = await new Promise<Error | undefined>((resolve) => (finish = resolve));
    if (outcome !== undefined) throw outcome;
    mkdirSync(options.outDir, { recursive: true });
    const zip = join(options.outDir, `bas-spbe-${options.period}.zip`);
    const pdf = join(options.outDir, `laporan-spbe-${options.period}.pdf`);
    writeFileSync(zip, 'PK zip bytes');
    writeFileSync(pdf, '%PDF bytes');
    return { dir: options.outDir, pdf, zip, zipped: [], screenshots: { taken: false, why: 'test' } };
  };
  return { calls, generate, finish: (outcome?: Error) => finish(outcome) };
}

describe('the evidence service', () => {
  let issuer: Awaited<ReturnType<typeof startTokenIssuer>>;
  let dir: string;
  let admin: string;
  const services: ReportService[] = [];
  const serviceIn = (
    folder: string,
    generate: ReturnType<typeof controlledGeneration>['generate'],
    keep?: number,
  ) =>
    createReportService({
      registryUrl: new URL('http://127.0.0.1:9/'),
      dir: folder,
      oidc: issuer.oidc,
      generate,
      ...(keep === undefined ? {} : { keep }),
      logger: { error: () => undefined },
    });
  /** A service in this test's folder, closed after the test. */
  const start = (generate: ReturnType<typeof controlledGeneration>['generate'], keep?: number) => {
    const service = serviceIn(dir, generate, keep);
    services.push(service);
    return service;
  };
  const call = async (
    service: ReportService,
    method: 'GET' | 'POST',
    url: string,
    authorization: string | undefined = admin,
    payload?: object,
  ) =>
    service.app.inject({
      method,
      url,
      headers: authorization === undefined ? {} : { authorization },
      ...(payload === undefined ? {} : { payload }),
    });

  beforeAll(async () => {
    issuer = await startTokenIssuer();
    admin = await issuer.bearer({ roles: ['admin'] });
  });
  afterAll(() => issuer.close());
  afterEach(async () => {
    for (const service of services.splice(0)) await service.app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bas-reports-'));
  });

  it('makes a report for an admin, shows how far it is, and then hands out its ZIP and PDF', async () => {
    const generation = controlledGeneration();
    const service = start(generation.generate);
    const started = await call(service, 'POST', '/api/evidence/reports', admin, {
      period: '2026',
      screenshots: true,
    });
    expect(started.statusCode).toBe(202);
    const report = evidenceReportSchema.parse(started.json());
    expect(report).toEqual(
      expect.objectContaining({
        period: '2026',
        screenshots: true,
        status: 'running',
        requestedBy: 'Admin Kominfo',
      }),
    );
    expect(started.headers.location).toBe(`/api/evidence/reports/${report.id}`);
    // The figures are read as the admin who asked, with the screenshots they chose.
    expect(generation.calls[0]).toEqual(
      expect.objectContaining({ token: admin.slice('Bearer '.length), period: '2026', screenshots: 'on' }),
    );

    const running = evidenceReportSchema.parse(
      (await call(service, 'GET', `/api/evidence/reports/${report.id}`)).json(),
    );
    expect(running).toEqual(
      expect.objectContaining({ status: 'running', step: 'screenshots', progress: { done: 3, total: 7 } }),
    );
    generation.finish();
    await service.jobs.settled();

    const listed = evidenceReportListSchema.parse(
      (await call(service, 'GET', '/api/evidence/reports')).json(),
    );
    expect(listed.reports).toHaveLength(1);
    const done = listed.reports[0] as EvidenceReport;
    expect(done).toEqual(
      expect.objectContaining({ status: 'done', step: 'done', progress: null, error: null }),
    );
    expect(Date.parse(done.finishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
    expect(done.files).toEqual([
      { name: 'bas-spbe-2026.zip', kind: 'zip', bytes: 12 },
      { name: 'laporan-spbe-2026.pdf', kind: 'pdf', bytes: 10 },
    ]);
    const zip = await call(service, 'GET', `/api/evidence/reports/${report.id}/files/bas-spbe-2026.zip`);
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-disposition']).toBe('attachment; filename="bas-spbe-2026.zip"');
    expect(zip.headers['cache-control']).toBe('no-store');
    expect(zip.body).toBe('PK zip bytes');
    const pdf = await call(service, 'GET', `/api/evidence/reports/${report.id}/files/laporan-spbe-2026.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('makes one report at a time: a second request gets 409 with the one being made', async () => {
    const generation = controlledGeneration();
    const service = start(generation.generate);
    const first = (
      await call(service, 'POST', '/api/evidence/reports', admin, { period: '2026' })
    ).json<EvidenceReport>();
    expect(first.screenshots).toBe(true);
    const second = await call(service, 'POST', '/api/evidence/reports', admin, {
      period: '2025',
      screenshots: false,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toEqual({
      code: 'BUSY',
      message: expect.stringMatching(
        /^The report for 2026 that Admin Kominfo asked for at .* is being made; wait until it ends, then ask again\.$/,
      ) as string,
      report: expect.objectContaining({ id: first.id, status: 'running' }) as object,
    });
    generation.finish();
    await service.jobs.settled();
    expect(
      (await call(service, 'POST', '/api/evidence/reports', admin, { period: '2025', screenshots: false }))
        .statusCode,
    ).toBe(202);
    expect(generation.calls[1]).toEqual(expect.objectContaining({ period: '2025', screenshots: 'off' }));
    generation.finish();
    await service.jobs.settled();
  });

  it('shows a failed report with what went wrong and what to do', async () => {
    const generation = controlledGeneration();
    const service = start(generation.generate);
    const report = (
      await call(service, 'POST', '/api/evidence/reports', admin, { period: '2026' })
    ).json<EvidenceReport>();
    generation.finish(new EvidenceError('The registry refused the evidence to this token.'));
    await service.jobs.settled();
    expect((await call(service, 'GET', `/api/evidence/reports/${report.id}`)).json()).toEqual(
      expect.objectContaining({
        status: 'failed',
        error: 'The registry refused the evidence to this token.',
        files: [],
      }),
    );
    const other = (
      await call(service, 'POST', '/api/evidence/reports', admin, { period: '2026' })
    ).json<EvidenceReport>();
    generation.finish(new TypeError('x is undefined'));
    await service.jobs.settled();
    expect(
      (await call(service, 'GET', `/api/evidence/reports/${other.id}`)).json<EvidenceReport>().error,
    ).toBe(
      "It failed unexpectedly (x is undefined); the evidence service's log has the details. Make it again, and tell the platform team if it fails again.",
    );
  });

  it('keeps finished reports across a restart, and says a report cut short by one failed', async () => {
    const generation = controlledGeneration();
    const before = start(generation.generate);
    const done = (
      await call(before, 'POST', '/api/evidence/reports', admin, { period: '2025' })
    ).json<EvidenceReport>();
    generation.finish();
    await before.jobs.settled();
    const cut = (
      await call(before, 'POST', '/api/evidence/reports', admin, { period: '2026' })
    ).json<EvidenceReport>();
    // The process stops here, with the second report under way.
    const after = start(controlledGeneration().generate);
    const reports = (await call(after, 'GET', '/api/evidence/reports')).json<{ reports: EvidenceReport[] }>()
      .reports;
    expect(reports.map(({ id, status }) => ({ id, status }))).toEqual([
      { id: cut.id, status: 'failed' },
      { id: done.id, status: 'done' },
    ]);
    expect(reports[0]?.error).toBe('The evidence service stopped while it made this report; make it again.');
    expect((await call(after, 'GET', `/api/evidence/reports/${done.id}/files/bas-spbe-2025.zip`)).body).toBe(
      'PK zip bytes',
    );
    generation.finish();
  });

  it('keeps the newest reports only, deleting the files of older ones', async () => {
    const generation = controlledGeneration();
    const service = start(generation.generate, 2);
    const ids: string[] = [];
    for (const period of ['2024', '2025', '2026']) {
      ids.push(
        (await call(service, 'POST', '/api/evidence/reports', admin, { period })).json<EvidenceReport>().id,
      );
      // Distinct start times, so "newest" is well defined.
      await new Promise((resolve) => setTimeout(resolve, 5));
      generation.finish();
      await service.jobs.settled();
    }
    const listed = (await call(service, 'GET', '/api/evidence/reports')).json<{
      reports: EvidenceReport[];
    }>();
    expect(listed.reports.map((report) => report.period)).toEqual(['2026', '2025']);
    expect(
      (await call(service, 'GET', `/api/evidence/reports/${ids[0]}/files/bas-spbe-2024.zip`)).statusCode,
    ).toBe(404);
    expect(() => readFileSync(join(dir, ids[0] ?? '', 'bas-spbe-2024.zip'))).toThrow();
  });

  it('answers the orchestrator’s probe without a token, and nothing more: /healthz?x is a route like the others', async () => {
    const service = start(controlledGeneration().generate);
    const probe = await call(service, 'GET', '/healthz', '');
    expect({ status: probe.statusCode, body: probe.json() }).toEqual({ status: 200, body: { status: 'ok' } });
    const reports = await call(service, 'GET', '/api/evidence/reports', '');
    expect(reports.statusCode).toBe(401);
    const smuggled = await call(service, 'GET', '/healthz?/api/evidence/reports', '');
    expect(smuggled.statusCode).toBe(401);
  });

  describe('refuses', () => {
    let service: ReportService;
    let doneId: string;
    const folder = mkdtempSync(join(tmpdir(), 'bas-reports-'));
    beforeAll(async () => {
      const generation = controlledGeneration();
      service = serviceIn(folder, generation.generate);
      doneId = (
        await call(service, 'POST', '/api/evidence/reports', admin, { period: '2026' })
      ).json<EvidenceReport>().id;
      generation.finish();
      await service.jobs.settled();
    });
    afterAll(async () => {
      await service.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it.each([
      ['no token', async () => undefined, 401, 'TOKEN_MISSING'],
      ['a citizen', () => issuer.bearer({ roles: ['warga'] }), 403, 'FORBIDDEN'],
      ['a developer', () => issuer.bearer({ roles: ['developer'] }), 403, 'FORBIDDEN'],
      // An admin's token as the portal hands it to agency code: an app the admin opens must not make reports.
      [
        'an admin token of the agencies’ client',
        () => issuer.bearer({ roles: ['admin'], azp: 'bas-portal' }),
        403,
        'FORBIDDEN',
      ],
      ['a forged admin token', () => issuer.forgedBearer({ roles: ['admin'] }), 401, 'TOKEN_INVALID'],
      [
        'an admin token of another audience',
        () => issuer.bearer({ roles: ['admin'], audience: 'agency-api' }),
        401,
        'TOKEN_INVALID',
      ],
      [
        'an expired admin token',
        () => issuer.bearer({ roles: ['admin'], expiresIn: '-1m' }),
        401,
        'TOKEN_INVALID',
      ],
    ])('%s every route, the files too', async (_who, token, status, code) => {
      const authorization = await token();
      for (const [method, url] of [
        ['GET', '/api/evidence/reports'],
        ['POST', '/api/evidence/reports'],
        ['GET', `/api/evidence/reports/${doneId}`],
        ['GET', `/api/evidence/reports/${doneId}/files/bas-spbe-2026.zip`],
      ] as const) {
        const answer = await call(
          service,
          method,
          url,
          authorization ?? '',
          method === 'POST' ? { period: '2026' } : undefined,
        );
        expect({ url, status: answer.statusCode, code: answer.json<{ code: string }>().code }).toEqual({
          url,
          status,
          code,
        });
      }
      expect(service.jobs.list()).toHaveLength(1);
    });

    it('a period that is not a year, and a body that is not JSON, saying what to send', async () => {
      const year = await call(service, 'POST', '/api/evidence/reports', admin, { period: '26' });
      expect(year.statusCode).toBe(400);
      expect(year.json()).toEqual({
        code: 'INVALID_REQUEST',
        message: '"period" must be a year of four digits, e.g. "2026".',
      });
      const text = await service.app.inject({
        method: 'POST',
        url: '/api/evidence/reports',
        headers: { authorization: admin, 'content-type': 'application/json' },
        payload: 'period=2026',
      });
      expect(text.statusCode).toBe(400);
      expect(text.json<{ message: string }>().message).toMatch(
        /Send JSON such as \{"period":"2026","screenshots":true\}\.$/,
      );
    });

    it('any file but the report’s own, however its name is spelled', async () => {
      for (const name of [
        '..%2F..%2Fetc%2Fpasswd',
        '%2E%2E%2F' + doneId + '.json',
        'data%2Fevidence.json',
        'evidence.json',
      ]) {
        const answer = await call(service, 'GET', `/api/evidence/reports/${doneId}/files/${name}`);
        expect({ name, status: answer.statusCode }).toEqual({ name, status: 404 });
      }
      expect((await call(service, 'GET', '/api/evidence/reports/no-such-report')).json()).toEqual({
        code: 'NOT_FOUND',
        message:
          'Report no-such-report is not among the reports kept here; list them at /api/evidence/reports.',
      });
    });
  });
});

describe.skipIf(skipWithoutPrintingTools())('the evidence service with the real generation', () => {
  it("reads the figures as the admin who asked and makes a ZIP that holds the PDF and the registry's data", async () => {
    const issuer = await startTokenIssuer();
    const registry = await serveEvidence(() => ({ status: 200, body: JSON.stringify(evidenceFixture) }));
    const dir = mkdtempSync(join(tmpdir(), 'bas-reports-'));
    const service = createReportService({ registryUrl: registry.url, dir, oidc: issuer.oidc });
    try {
      const admin = await issuer.bearer({ roles: ['admin'] });
      const report = (
        await service.app.inject({
          method: 'POST',
          url: '/api/evidence/reports',
          headers: { authorization: admin },
          payload: { period: '2026', screenshots: false },
        })
      ).json<EvidenceReport>();
      await service.jobs.settled();
      expect(registry.asked[0]).toEqual({ url: '/api/evidence?period=2026', authorization: admin });
      const zip = await service.app.inject({
        method: 'GET',
        url: `/api/evidence/reports/${report.id}/files/bas-spbe-2026.zip`,
        headers: { authorization: admin },
      });
      const files = readZip(zip.rawPayload);
      expect([...files.keys()].sort()).toEqual(
        [
          'bas-spbe-2026/data/evidence.json',
          'bas-spbe-2026/data/indicators.csv',
          'bas-spbe-2026/data/opens-by-month.csv',
          'bas-spbe-2026/data/services.csv',
          'bas-spbe-2026/laporan-spbe-2026.pdf',
        ].sort(),
      );
      const pdf = join(dir, 'extracted.pdf');
      writeFileSync(pdf, files.get('bas-spbe-2026/laporan-spbe-2026.pdf') ?? Buffer.alloc(0));
      for (const service of evidenceFixture.services) expect(pdfText(pdf)).toContain(service.name.id);
    } finally {
      await service.close();
      await registry.close();
      await issuer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads the figures from BAS_EVIDENCE_API_URL when the portal’s public address does not route admin routes', async () => {
    const issuer = await startTokenIssuer();
    // The public ingress answers the portal's pages only: an admin route is not found there.
    const portal = await serveEvidence(() => ({ status: 404, body: '{"code":"NOT_FOUND"}' }));
    const registry = await serveEvidence(() => ({ status: 200, body: JSON.stringify(evidenceFixture) }));
    const dir = mkdtempSync(join(tmpdir(), 'bas-reports-'));
    const config = loadReportServiceConfig({
      BAS_REGISTRY_URL: portal.url.href,
      BAS_EVIDENCE_API_URL: registry.url.href,
      BAS_EVIDENCE_DIR: dir,
    });
    const service = createReportService({ ...config, oidc: issuer.oidc });
    try {
      const admin = await issuer.bearer({ roles: ['admin'] });
      await service.app.inject({
        method: 'POST',
        url: '/api/evidence/reports',
        headers: { authorization: admin },
        payload: { period: '2026', screenshots: false },
      });
      await service.jobs.settled();
      expect(service.jobs.list()[0]?.status).toBe('done');
      expect(registry.asked).toEqual([{ url: '/api/evidence?period=2026', authorization: admin }]);
      expect(portal.asked).toEqual([]);
    } finally {
      await service.close();
      await Promise.all([portal.close(), registry.close(), issuer.close()]);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a BAS_EVIDENCE_API_URL that is not an address, naming it and what to set', () => {
    expect(() =>
      loadReportServiceConfig({
        BAS_REGISTRY_URL: 'https://bas.kotabogor.go.id/',
        BAS_EVIDENCE_API_URL: 'registry:4190',
      }),
    ).toThrow(/BAS_EVIDENCE_API_URL="registry:4190" is not an address: set it to the registry's/);
  });
});
