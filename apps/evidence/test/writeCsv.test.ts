import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCsv } from '../src/writeCsv.ts';
import { evidenceFixture } from './evidenceFixture.ts';
import { csvRecords } from './support/parseCsv.ts';

const dir = mkdtempSync(join(tmpdir(), 'bas-evidence-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const written = writeCsv(evidenceFixture, dir);
const read = (name: string) => csvRecords(readFileSync(join(dir, name), 'utf8'));
/** A measured figure as the CSV holds it: empty when not measured. */
const cell = (value: number | null) => (value === null ? '' : String(value));

describe('writeCsv', () => {
  it('writes the three tables', () => {
    expect(written).toEqual(['indicators.csv', 'services.csv', 'opens-by-month.csv']);
  });

  it("indicators.csv holds every indicator with the evidence's figures", () => {
    expect(read('indicators.csv')).toEqual(
      evidenceFixture.indicators.map((indicator) => ({
        indicator: String(indicator.indicator),
        title: indicator.title,
        aspect: indicator.aspect,
        services: String(indicator.services),
        uptime: cell(indicator.uptime),
        opens: String(indicator.opens),
        ikm: cell(indicator.ikm),
        completeness: String(indicator.completeness),
      })),
    );
  });

  it('services.csv holds every service with its figures, text read back as written', () => {
    const rows = read('services.csv');
    expect(rows.map((row) => row.id)).toEqual(evidenceFixture.services.map((service) => service.id));
    for (const [index, service] of evidenceFixture.services.entries()) {
      expect(rows[index]).toMatchObject({
        'name.id': service.name.id,
        indicator: String(service.indicator),
        'uptime.probes': String(service.uptime.probes),
        'uptime.ok': String(service.uptime.ok),
        'uptime.ratio': cell(service.uptime.ratio),
        'loadSuccess.attempts': String(service.loadSuccess.attempts),
        'loadSuccess.failed': String(service.loadSuccess.failed),
        'loadSuccess.ratio': cell(service.loadSuccess.ratio),
        opens: String(service.opensByMonth.reduce((sum, month) => sum + month.opens, 0)),
        'satisfaction.answers': String(service.satisfaction.answers),
        'satisfaction.ikm': cell(service.satisfaction.ikm),
        complaints: '',
        'agency.code': service.agency.code,
        'agency.name': service.agency.name,
        gaps: service.gaps.join(' '),
        apiOrigins: service.apiOrigins.join(' '),
      });
    }
    expect(rows[2]?.['owner.name']).toBe('Disdukcapil, "Seksi Inovasi"');
  });

  it('neutralises what a spreadsheet would run (= + - @), as the audit export does', () => {
    const [, , dokumen, hostile] = read('services.csv');
    expect(dokumen?.['description.id']).toBe(`'${evidenceFixture.services[2]?.description.id}`);
    expect(hostile?.['description.id']).toBe("'@SUM(A1:A9) peraturan daerah");
    expect(hostile?.['description.en']).toBe("'@SUM(A1:A9) regional regulations");
    expect(hostile?.['owner.phone']).toBe("'-1+1");
    expect(hostile?.statement).toBe("'+ dokumen hukum daerah");
  });

  it("opens-by-month.csv holds each service's months", () => {
    expect(read('opens-by-month.csv')).toEqual(
      evidenceFixture.services.flatMap((service) =>
        service.opensByMonth.map((month) => ({
          service: service.id,
          month: month.month,
          opens: String(month.opens),
        })),
      ),
    );
  });
});
