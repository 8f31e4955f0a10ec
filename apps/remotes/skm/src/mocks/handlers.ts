import { http, HttpResponse } from 'msw';
import { satisfactionIndex, surveySchema } from '../api/survey.ts';

/** The survey API in memory: anonymous answers, and the running index of each service. */
export function createHandlers() {
  const answers = new Map<string, number[][]>();
  return [
    http.post('*/api/skm', async ({ request }) => {
      const parsed = surveySchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) {
        return HttpResponse.json(
          { message: parsed.error.issues[0]?.message ?? 'Jawaban tidak valid.' },
          { status: 400 },
        );
      }
      const all = [...(answers.get(parsed.data.service) ?? []), parsed.data.ratings];
      answers.set(parsed.data.service, all);
      return HttpResponse.json(
        {
          ...satisfactionIndex(all.flat()),
          respondents: all.length,
          yours: satisfactionIndex(parsed.data.ratings),
        },
        { status: 201 },
      );
    }),
  ];
}
