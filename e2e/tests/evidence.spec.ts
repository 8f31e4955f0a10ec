import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DevStack } from '@bas/dev-stack';
import { blankVariance, createPixelMeter } from '@bas/evidence';
import type { FederatedEntry, ManifestEntry } from '@bas/manifest';
import { evidenceReportSchema, evidenceSchema, type EvidenceReport } from '@bas/manifest/evidence';
import { seedCatalog } from '@bas/manifest/seed';
import { createDatabase, spbeIndicators, type RegistryDatabase } from '@bas/registry';
import { fillMonitoringHistory, fillSurveyAnswers } from '@bas/test-history';
import { cliToken } from '../support/cliToken.ts';
import { readZip } from '../support/readZip.ts';
import { startOwnPortal } from '../support/startOwnPortal.ts';
import { closedPort } from '../support/testServers.ts';
import { expect, test } from '../support/test.ts';

// The SPBE report end to end over a portal of its own: the seeded catalog (the seven sample apps served here, the
// other services at the city's addresses, which this machine cannot reach) and an app whose server is down, with
// this year's history generated into the registry's database. The evidence service makes the report with
// screenshots, as the console asks for it; what it hands out must match the database and show the apps.

/** The sample apps served on this machine: each must be photographed, and the photograph must show something. */
const sampleApps = [
  'pengumuman',
  'dokumen-kependudukan',
  'aduan-warga',
  'cuti-online',
  'skm',
  'cek-izin',
  'izin-pemakaman',
];
const brokenApp = 'layanan-rusak';

/**
 * The catalog to report on: the whole seed with BAS_E2E_EVIDENCE_CATALOG=full (its ~200 services take minutes of
 * screenshots: `npm run test:e2e -- --project=evidence`, see the README); otherwise, in `npm test`, the sample apps
 * and the first active service of each indicator, every kind and role among them.
 */
function trimmed(seeded: ManifestEntry[]): ManifestEntry[] {
  if (process.env.BAS_E2E_EVIDENCE_CATALOG === 'full') return seeded;
  const firstOfIndicator = new Set(
    spbeIndicators.map(
      ({ indicator }) =>
        seeded.find((entry) => entry.status === 'active' && entry.spbe.indicator === indicator)?.id,
    ),
  );
  return seeded.filter((entry) => sampleApps.includes(entry.id) || firstOfIndicator.has(entry.id));
}

type Db = RegistryDatabase['db'];

/** What the roll-ups hold for `app` in `year`: the sums the report's figures must equal. */
async function rollupsOf(db: Db, app: string, year: string) {
  const probes = await db
    .selectFrom('probe_days')
    .where('app_id', '=', app)
    .where('day', 'like', `${year}-%`)
    .select(({ fn }) => [fn.sum<number>('probes').as('probes'), fn.sum<number>('ok').as('ok')])
    .executeTakeFirstOrThrow();
  const openings = await db
    .selectFrom('rum_hourly')
    .where('app_id', '=', app)
    .where('metric', '=', 'open')
    .where('hour', 'like', `${year}-%`)
    .select(['cause', 'hour', 'count'])
    .execute();
  const answers = await db
    .selectFrom('survey_answers')
    .where('app_id', '=', app)
    .where('period', '=', year)
    .selectAll()
    .execute();
  const byMonth = new Map<string, number>();
  // Opens per month are the attempts, failed ones too (the report's sources say so).
  for (const row of openings) {
    byMonth.set(row.hour.slice(0, 7), (byMonth.get(row.hour.slice(0, 7)) ?? 0) + Number(row.count));
  }
  const sum = (rows: typeof openings) => rows.reduce((total, row) => total + Number(row.count), 0);
  // The regulation's index, by hand: each element's mean, weighted 1/9, summed, times 25.
  const elements = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
  const ikm =
    elements.reduce(
      (total, element) => total + answers.reduce((s, answer) => s + answer[element], 0) / answers.length / 9,
      0,
    ) * 25;
  return {
    uptime: { probes: Number(probes.probes ?? 0), ok: Number(probes.ok ?? 0) },
    attempts: sum(openings),
    failed: sum(openings.filter((row) => row.cause !== '')),
    byMonth,
    answers: answers.length,
    ikm,
  };
}

test('the SPBE report of the seeded catalog: every indicator and service, figures equal to the roll-ups, screenshots of the sample apps, the broken app listed', async ({
  browser,
}) => {
  const full = process.env.BAS_E2E_EVIDENCE_CATALOG === 'full';
  test.setTimeout((full ? 20 : 5) * 60_000);
  const year = String(new Date().getUTCFullYear());
  const dataDir = mkdtempSync(join(tmpdir(), 'bas-e2e-evidence-'));
  const downPort = await closedPort();
  let stack: DevStack | undefined;
  let entries: ManifestEntry[] = [];
  try {
    // Its auth origin signs people in: the screenshots of internal apps are taken as civil servants. It probes
    // nothing: the figures are the generated history's alone.
    stack = await startOwnPortal(dataDir, (origins, pins) => {
      const seeded = seedCatalog({
        sampleApps: Object.fromEntries(origins),
        pins: Object.fromEntries(pins),
      });
      const template = seeded.find((entry): entry is FederatedEntry => entry.id === 'pengumuman');
      if (template === undefined) throw new Error('the seed catalog lacks pengumuman');
      const address = `http://127.0.0.1:${downPort}/mf-manifest.json`;
      entries = [
        ...trimmed(seeded),
        // Pinned like any other (a sample's build), so it fails for its server being down, not for lacking a pin.
        {
          ...template,
          id: brokenApp,
          route: brokenApp,
          name: { id: 'Layanan Rusak', en: 'Broken Service' },
          manifestUrl: address,
          standaloneUrl: address,
        },
      ];
      return entries;
    });
    const catalog = entries.filter((entry) => entry.status === 'active').map((entry) => entry.id);
    const { db } = await createDatabase({ dataDir });
    try {
      const now = new Date();
      const days = Math.floor((now.getTime() - Date.UTC(now.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
      await fillMonitoringHistory(db, catalog, days, now);
      await fillSurveyAnswers(db, catalog, year);

      // As the console does: an admin's token, the report asked for with screenshots, followed until done.
      // An admin's token lasts 5 minutes, less than the screenshots take: a fresh one is got as the console would.
      let token = { value: '', at: 0 };
      const bearer = async () => {
        if (Date.now() - token.at > 3 * 60_000) {
          const context = await browser.newContext();
          token = {
            value: await cliToken(await context.newPage(), stack?.auth.issuer ?? '', 'admin'),
            at: Date.now(),
          };
          await context.close();
        }
        return token.value;
      };
      const call = async (path: string, init: RequestInit = {}) =>
        fetch(`${stack?.consoleOrigin ?? ''}${path}`, {
          ...init,
          headers: { authorization: `Bearer ${await bearer()}`, 'content-type': 'application/json' },
        });
      const started = await call('/api/evidence/reports', {
        method: 'POST',
        body: JSON.stringify({ period: year, screenshots: true }),
      });
      expect(started.status).toBe(202);
      const { id } = evidenceReportSchema.parse(await started.json());
      const seen = new Set<string>();
      let report: EvidenceReport | undefined;
      await expect
        .poll(
          async () => {
            report = evidenceReportSchema.parse(await (await call(`/api/evidence/reports/${id}`)).json());
            seen.add(report.step);
            return report.status;
          },
          { timeout: (full ? 18 : 4) * 60_000, intervals: [2000] },
        )
        .not.toBe('running');
      expect(report?.error).toBeNull();
      expect(report?.status).toBe('done');
      expect(seen.has('screenshots')).toBe(true);

      const zip = await call(`/api/evidence/reports/${id}/files/bas-spbe-${year}.zip`);
      const files = await readZip(Buffer.from(await zip.arrayBuffer()));
      const file = (path: string) => {
        const found = files.get(`bas-spbe-${year}/${path}`);
        if (found === undefined)
          throw new Error(`The ZIP lacks ${path}; it holds ${[...files.keys()].join(', ')}`);
        return found;
      };

      // The JSON validates, and holds every active service of the catalog with the roll-ups' figures.
      const evidence = evidenceSchema.parse(JSON.parse(file('data/evidence.json').toString()));
      expect(evidence.period).toBe(year);
      expect(evidence.services.map((service) => service.id).sort()).toEqual([...catalog].sort());
      for (const service of evidence.services) {
        const expected = await rollupsOf(db, service.id, year);
        expect({ id: service.id, uptime: { probes: service.uptime.probes, ok: service.uptime.ok } }).toEqual({
          id: service.id,
          uptime: expected.uptime,
        });
        expect({
          id: service.id,
          attempts: service.loadSuccess.attempts,
          failed: service.loadSuccess.failed,
        }).toEqual({ id: service.id, attempts: expected.attempts, failed: expected.failed });
        for (const { month, opens } of service.opensByMonth) {
          expect({ id: service.id, month, opens }).toEqual({
            id: service.id,
            month,
            opens: expected.byMonth.get(month) ?? 0,
          });
        }
        expect(service.satisfaction.answers).toBe(expected.answers);
        expect(service.satisfaction.ikm).toBeCloseTo(expected.ikm, 1);
      }

      // The CSV files say the same as the JSON.
      const services = parse(file('data/services.csv'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      expect(services).toHaveLength(evidence.services.length);
      for (const row of services) {
        const service = evidence.services.find((candidate) => candidate.id === row.id);
        expect({
          id: row.id,
          probes: Number(row['uptime.probes']),
          opens: Number(row.opens),
          answers: Number(row['satisfaction.answers']),
        }).toEqual({
          id: service?.id,
          probes: service?.uptime.probes,
          opens: service?.opensByMonth.reduce((total, month) => total + month.opens, 0),
          answers: service?.satisfaction.answers,
        });
      }
      const indicators = parse(file('data/indicators.csv'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      expect(indicators.map((row) => Number(row.indicator))).toEqual(
        spbeIndicators.map(({ indicator }) => indicator),
      );

      // The PDF opens, and its text holds every indicator's heading and every active service's name.
      const pdf = join(dataDir, 'laporan.pdf');
      writeFileSync(pdf, file(`laporan-spbe-${year}.pdf`));
      const extracted = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(extracted.status).toBe(0);
      const text = extracted.stdout.replace(/\s+/g, ' ');
      for (const { indicator, title } of spbeIndicators)
        expect(text).toContain(`Indikator ${indicator} — ${title}`);
      for (const service of evidence.services) expect(text).toContain(service.name.id.replace(/\s+/g, ' '));

      // The seven sample apps are photographed, and their photographs are not blank; the broken app is not.
      const screenshots = parse(file('data/screenshots.csv'), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      const meter = await createPixelMeter(browser as unknown as Parameters<typeof createPixelMeter>[0]);
      try {
        for (const app of sampleApps) {
          const rows = screenshots.filter((row) => row.service === app);
          expect({ app, screens: rows.map((row) => `${row.status} ${row.reason ?? ''}`.trim()) }).toEqual({
            app,
            screens: rows.map(() => 'ok'),
          });
          for (const row of rows) {
            const variance = await meter.variance(file(`screenshots/${app}/${row.n}.png`));
            expect({ app, n: row.n, blank: variance < blankVariance }).toEqual({
              app,
              n: row.n,
              blank: false,
            });
          }
        }
      } finally {
        await meter.close();
      }
      expect(screenshots.filter((row) => row.service === brokenApp).map((row) => row.status)).toEqual([
        'error',
      ]);
      expect([...files.keys()].some((path) => path.includes(`screenshots/${brokenApp}/`))).toBe(false);
      // …and the report's list of what is missing names it.
      const gaps = text.slice(text.indexOf('Kekurangan data dukung'), text.indexOf('Indikator 32 —'));
      expect(gaps).toContain('Layanan Rusak');
    } finally {
      await db.destroy();
    }
  } finally {
    await stack?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
