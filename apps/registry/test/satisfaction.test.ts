import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyAnswersPerClientPerMinute } from '../src/routes/surveyRoutes.ts';
import { handCheckedAnswers } from './support/handCheckedAnswers.ts';
import { sameScores } from './support/sameScores.ts';
import { users, type TestUser } from './support/startIdentityProvider.ts';
import { startTestRegistry, type TestRegistry } from './support/startTestRegistry.ts';
import { engines, postgresAvailable } from './support/storageEngines.ts';

interface Satisfaction {
  app: string;
  period: string;
  answers: number;
  elements: Array<{ code: string; name: string; mean: number | null }>;
  ikm: number | null;
  grade: string | null;
  gradeLabel: string | null;
}

const devBapenda: TestUser = { username: 'dev.bapenda', roles: ['developer'], agency: 'bapenda' };
const devSetda: TestUser = { username: 'dev.setda', roles: ['developer'], agency: 'setda' };

describe.each(engines)('the satisfaction survey on %s', (engine) => {
  const skip = engine === 'postgres' && !postgresAvailable();
  let registry: TestRegistry;
  beforeAll(async () => {
    if (skip) return;
    registry = await startTestRegistry(engine);
  });
  afterAll(() => registry?.close());

  /** Each test answers from an address of its own, so no test meets another's limit of answers a minute. */
  let address = 0;
  const nextAddress = () => `10.0.0.${(address += 1)}`;
  const answer = async (appId: string, body: unknown, options: { as?: TestUser; from?: string } = {}) => {
    const response = await registry.registry.app.inject({
      method: 'POST',
      url: `/api/apps/${appId}/survey-answers`,
      remoteAddress: options.from ?? nextAddress(),
      headers: options.as === undefined ? {} : { authorization: await registry.idp.bearer(options.as) },
      payload: body as object,
    });
    return {
      status: response.statusCode,
      body: response.body,
      headers: response.headers,
      json: () => response.json() as unknown,
    };
  };
  const satisfaction = async (appId: string, query = '') =>
    (
      await registry.call('GET', `/api/apps/${appId}/satisfaction${query}`, { as: users.admin })
    ).json() as Satisfaction;

  describe.skipIf(skip)('POST /api/apps/:id/survey-answers and GET /api/apps/:id/satisfaction', () => {
    it("takes anonymous answers for a public app and gives its agency the index of the year's answers", async () => {
      const from = nextAddress();
      for (const scores of handCheckedAnswers) {
        const response = await answer('pbb-online', { scores }, { from });
        expect(response.status).toBe(202);
        expect(response.body).toBe('');
      }
      const read = await registry.call('GET', '/api/apps/pbb-online/satisfaction', { as: devBapenda });
      expect(read.status).toBe(200);
      // By hand: element sums 9, 10, 11, 8, 9, 10, 11, 11, 10 of 3 answers; 89 / 27 × 25 = 82.41.
      expect(read.json()).toEqual({
        app: 'pbb-online',
        period: String(new Date().getUTCFullYear()),
        answers: 3,
        elements: [
          { code: 'U1', name: 'Persyaratan', mean: 3 },
          { code: 'U2', name: 'Sistem, Mekanisme, dan Prosedur', mean: 3.333 },
          { code: 'U3', name: 'Waktu Penyelesaian', mean: 3.667 },
          { code: 'U4', name: 'Biaya/Tarif', mean: 2.667 },
          { code: 'U5', name: 'Produk Spesifikasi Jenis Pelayanan', mean: 3 },
          { code: 'U6', name: 'Kompetensi Pelaksana', mean: 3.333 },
          { code: 'U7', name: 'Perilaku Pelaksana', mean: 3.667 },
          { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan', mean: 3.667 },
          { code: 'U9', name: 'Sarana dan Prasarana', mean: 3.333 },
        ],
        ikm: 82.41,
        grade: 'B',
        gradeLabel: 'Baik',
      });
      // Another year holds none of them.
      expect(await satisfaction('pbb-online', '?period=2020')).toMatchObject({
        period: '2020',
        answers: 0,
        ikm: null,
      });
    });

    it('refuses answers that are not nine whole scores from 1 to 4, naming the element at fault', async () => {
      const refusal = async (body: unknown) => {
        const response = await answer('e-bphtb', body);
        expect(response.status).toBe(400);
        return response.json() as {
          code: string;
          message: string;
          issues: Array<{ path: string; message: string }>;
        };
      };
      const outOfRange = await refusal({ scores: [4, 4, 4, 5, 4, 4, 4, 4, 4] });
      expect(outOfRange).toMatchObject({
        code: 'VALIDATION_FAILED',
        message:
          'body.scores.3: scores[3] is U4 (Biaya/Tarif): it must be a whole number from 1 (tidak baik) to 4 (sangat baik).',
      });
      expect((await refusal({ scores: [4, 4, 4, 4, 4, 4, 4, 4, 0] })).message).toContain(
        'scores[8] is U9 (Sarana dan Prasarana)',
      );
      expect((await refusal({ scores: [4, 2.5, 4, 4, 4, 4, 4, 4, 4] })).message).toContain(
        'scores[1] is U2 (Sistem, Mekanisme, dan Prosedur): it must be a whole number',
      );
      expect((await refusal({ scores: [4, 4, '4', 4, 4, 4, 4, 4, 4] })).message).toContain('scores[2] is U3');
      expect((await refusal({ scores: [4, 4, null, 4, 4, 4, 4, 4, 4] })).message).toContain(
        'scores[2] is U3',
      );
      const short = await refusal({ scores: sameScores(4).slice(1) });
      expect(short.message).toBe(
        'body.scores: must be a list of the 9 scores, one for each element in this order: U1 Persyaratan, U2 Sistem, Mekanisme, dan Prosedur, U3 Waktu Penyelesaian, U4 Biaya/Tarif, U5 Produk Spesifikasi Jenis Pelayanan, U6 Kompetensi Pelaksana, U7 Perilaku Pelaksana, U8 Penanganan Pengaduan, Saran dan Masukan, U9 Sarana dan Prasarana; each a whole number from 1 (tidak baik) to 4 (sangat baik).',
      );
      expect((await refusal({ scores: [...sameScores(4), 4] })).message).toContain(
        'must be a list of the 9 scores',
      );
      expect((await refusal({})).message).toBe('body.scores: is required');
      expect((await refusal({ scores: 'semua 4' })).message).toBe(
        'body.scores: must be a list (got a string)',
      );
      expect((await refusal({ scores: sameScores(4), nama: 'Budi' })).code).toBe('VALIDATION_FAILED');
      expect(await satisfaction('e-bphtb')).toMatchObject({ answers: 0 });
    });

    it("drops an answer for an app the caller cannot see without a word, and keeps a civil servant's for their internal app", async () => {
      const anonymous = await answer('e-office', { scores: sameScores(2) });
      const absent = await answer('tidak-ada', { scores: sameScores(2) });
      // The same answer for an internal app as for one that does not exist: nothing tells them apart.
      expect([anonymous.status, anonymous.body]).toEqual([202, '']);
      expect([absent.status, absent.body]).toEqual([202, '']);
      expect(await satisfaction('e-office')).toMatchObject({ answers: 0, ikm: null });
      expect((await answer('e-office', { scores: sameScores(2) }, { as: users.asnDisdukcapil })).status).toBe(
        202,
      );
      expect(await satisfaction('e-office')).toMatchObject({
        answers: 1,
        ikm: 50,
        grade: 'D',
        gradeLabel: 'Tidak Baik',
      });
    });

    it('limits the answers of one client address a minute, saying when to send again', async () => {
      const from = nextAddress();
      for (let sent = 0; sent < surveyAnswersPerClientPerMinute; sent += 1) {
        expect((await answer('e-tax', { scores: sameScores(3) }, { from })).status).toBe(202);
      }
      const refused = await answer('e-tax', { scores: sameScores(3) }, { from });
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.json()).toMatchObject({
        code: 'RATE_LIMITED',
        message: expect.stringContaining(
          `Too many survey answers from this address: at most ${surveyAnswersPerClientPerMinute} a minute.`,
        ),
      });
      // Another address answers all the same.
      expect((await answer('e-tax', { scores: sameScores(3) })).status).toBe(202);
      expect(await satisfaction('e-tax')).toMatchObject({
        answers: surveyAnswersPerClientPerMinute + 1,
        ikm: 75,
      });
    });

    it("publishes a public app's index to anyone, and shows an internal app's to its agency's developers and the admins, to others as if it did not exist", async () => {
      for (const as of [undefined, users.warga, users.devBkpsdm, devBapenda]) {
        const read = await registry.call(
          'GET',
          '/api/apps/pbb-online/satisfaction',
          as === undefined ? {} : { as },
        );
        expect({ as: as?.username, status: read.status }).toEqual({ as: as?.username, status: 200 });
      }
      expect((await registry.call('GET', '/api/apps/e-office/satisfaction', { as: devSetda })).status).toBe(
        200,
      );
      const stranger = await registry.call('GET', '/api/apps/e-office/satisfaction', {
        as: users.devBkpsdm,
      });
      const absent = await registry.call('GET', '/api/apps/tidak-ada/satisfaction', { as: users.devBkpsdm });
      expect(stranger.status).toBe(404);
      expect(stranger.json()).toEqual(
        expect.objectContaining({
          code: 'NOT_FOUND',
          message: 'There is no app "e-office" in the catalog.',
        }),
      );
      expect(absent.json()).toEqual(
        expect.objectContaining({
          code: 'NOT_FOUND',
          message: 'There is no app "tidak-ada" in the catalog.',
        }),
      );
      expect((await registry.call('GET', '/api/apps/e-office/satisfaction')).status).toBe(401);
      expect(
        (await registry.call('GET', '/api/apps/e-office/satisfaction', { as: users.warga })).status,
      ).toBe(403);
      const badPeriod = await registry.call('GET', '/api/apps/pbb-online/satisfaction?period=26', {
        as: users.admin,
      });
      expect(badPeriod.status).toBe(400);
      expect(badPeriod.json()).toMatchObject({
        message:
          'querystring.period: must be a year from 2000 to 2099, like 2026; leave it out for this year',
      });
    });

    it('gives every element and the index as null for an app without answers', async () => {
      const none = await satisfaction('pajak-reklame');
      expect(none).toMatchObject({
        app: 'pajak-reklame',
        answers: 0,
        ikm: null,
        grade: null,
        gradeLabel: null,
      });
      expect(none.elements.map(({ code, mean }) => [code, mean])).toEqual(
        ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code) => [code, null]),
      );
    });
  });
});
