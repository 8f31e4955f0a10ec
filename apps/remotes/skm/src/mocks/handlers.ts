import { http, HttpResponse } from 'msw';
import { surveyElements } from '../api/surveyElements.ts';
import { mockCatalog } from './mockCatalog.ts';
import { satisfactionIndex } from './satisfactionIndex.ts';

const gradeLabels = { A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' };

const isScores = (value: unknown): value is number[] =>
  Array.isArray(value) &&
  value.length === surveyElements.length &&
  value.every((score) => Number.isInteger(score) && score >= 1 && score <= 4);

/**
 * The portal's registry as the survey uses it, in memory: the catalog a visitor sees, anonymous answers (202, and
 * dropped without a word for an app the visitor cannot see, as the registry does) and each service's index this
 * year. Unlike the registry, which shows the index to the service's agency and to admins only, it shows the index
 * to anyone, so the thanks can be seen with their figure.
 */
export function createHandlers() {
  const answers = new Map<string, number[][]>();
  const visible = new Set(mockCatalog.filter((entry) => entry.role === 'public').map((entry) => entry.id));
  return [
    http.get('*/api/manifest', () => HttpResponse.json({ entries: mockCatalog })),
    http.post('*/api/apps/:id/survey-answers', async ({ request, params }) => {
      const body = (await request.json().catch(() => null)) as { scores?: unknown } | null;
      if (!isScores(body?.scores)) {
        return HttpResponse.json(
          {
            code: 'VALIDATION_FAILED',
            message: `scores must be a list of the ${surveyElements.length} scores, U1 to U9, each a whole number from 1 to 4.`,
          },
          { status: 400 },
        );
      }
      const id = String(params.id);
      if (visible.has(id)) answers.set(id, [...(answers.get(id) ?? []), body.scores]);
      return new HttpResponse(null, { status: 202 });
    }),
    http.get('*/api/apps/:id/satisfaction', ({ params }) => {
      const given = answers.get(String(params.id)) ?? [];
      const index = given.length === 0 ? undefined : satisfactionIndex(given);
      return HttpResponse.json({
        app: String(params.id),
        period: String(new Date().getUTCFullYear()),
        answers: given.length,
        ikm: index?.ikm ?? null,
        grade: index?.grade ?? null,
        gradeLabel: index === undefined ? null : gradeLabels[index.grade],
      });
    }),
  ];
}
