import { z } from 'zod';
import { surveyElements, type SurveyElement } from './surveyElements.ts';

const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;

/**
 * One element's score. A check of its own rather than `z.number().int().min(1).max(4)`, so that every refusal, a
 * string or null included, names the element (the registry's error answers turn a type error into a message of the
 * type alone).
 */
const scoreOf = ({ code, name }: SurveyElement, index: number) =>
  z.custom<number>(isScore, {
    error: `scores[${index}] is ${code} (${name}): it must be a whole number from 1 (tidak baik) to 4 (sangat baik).`,
  });

const [u1, u2, u3, u4, u5, u6, u7, u8, u9] = surveyElements;

const order = surveyElements.map(({ code, name }) => `${code} ${name}`).join(', ');

/** `POST /api/apps/:id/survey-answers`: one person's answer, the nine elements' scores in the regulation's order. */
export const surveyAnswerBody = z.strictObject({
  // A list first, then the nine scores: something other than a list is told "must be a list" rather than the
  // tuple's own name; described to OpenAPI as the list of nine integers it is, which neither step says alone.
  scores: z
    .array(z.unknown())
    .pipe(
      z.tuple(
        [
          scoreOf(u1, 0),
          scoreOf(u2, 1),
          scoreOf(u3, 2),
          scoreOf(u4, 3),
          scoreOf(u5, 4),
          scoreOf(u6, 5),
          scoreOf(u7, 6),
          scoreOf(u8, 7),
          scoreOf(u9, 8),
        ],
        {
          error: `must be a list of the ${surveyElements.length} scores, one for each element in this order: ${order}; each a whole number from 1 (tidak baik) to 4 (sangat baik).`,
        },
      ),
    )
    .meta({
      type: 'array',
      items: { type: 'integer', minimum: 1, maximum: 4 },
      minItems: surveyElements.length,
      maxItems: surveyElements.length,
      description: `The scores of ${order}, in that order: each 1 (tidak baik) to 4 (sangat baik).`,
    }),
});
