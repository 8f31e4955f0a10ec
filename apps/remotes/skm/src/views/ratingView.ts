import type { Locale } from '@bas/sdk';
import type { RatedService } from '../api/ratedServicesOf.ts';
import { surveyElements } from '../api/surveyElements.ts';
import { createElement } from '../createElement.ts';
import { texts } from '../texts.ts';

/**
 * The nine elements about one service, in the regulation's order, each rated 1 (not good) to 4 (very good), with
 * what went wrong last time above the button: a redraw keeps every rating given.
 */
export function ratingView(
  locale: Locale,
  {
    service,
    ratings,
    sending,
    problem,
  }: { service: RatedService; ratings: readonly number[]; sending: boolean; problem: string | undefined },
): HTMLElement[] {
  const t = texts[locale];
  return [
    createElement(
      'p',
      { class: 'skm-rated' },
      `${t.service}: `,
      createElement('strong', { 'data-service': service.id }, service.name[locale]),
    ),
    createElement('p', {}, t.intro),
    createElement(
      'form',
      { 'data-form': 'rate', novalidate: true },
      ...surveyElements.map((name, index) =>
        createElement(
          'fieldset',
          {},
          createElement('legend', {}, `${index + 1}. ${t.elements[name]}`),
          ...t.scale.map((label, value) =>
            createElement(
              'label',
              { class: 'skm-rating' },
              createElement('input', {
                type: 'radio',
                name: `rating-${index}`,
                value: String(value + 1),
                checked: ratings[index] === value + 1,
              }),
              ` ${label}`,
            ),
          ),
        ),
      ),
      ...(problem === undefined ? [] : [createElement('p', { role: 'alert' }, problem)]),
      createElement('button', { type: 'submit', disabled: sending }, sending ? t.sending : t.submit),
    ),
  ];
}
