import type { Locale } from '@bas/sdk';
import type { RatedService } from '../api/ratedServicesOf.ts';
import { createElement } from '../createElement.ts';
import { texts } from '../texts.ts';

/**
 * The survey's start page, without a service to rate (or with one the catalog does not have): where the survey is
 * usually reached from, and a choice among the catalog's services.
 */
export function chooserView(
  locale: Locale,
  {
    services,
    chosen,
    unknown,
    problem,
  }: { services: readonly RatedService[]; chosen: string; unknown: boolean; problem: string | undefined },
): HTMLElement[] {
  const t = texts[locale];
  const select = createElement(
    'select',
    { id: 'skm-service', name: 'service' },
    createElement('option', { value: '' }, t.choose),
    ...services.map((service) =>
      createElement('option', { value: service.id, selected: chosen === service.id }, service.name[locale]),
    ),
  );
  return [
    unknown ? createElement('p', { role: 'alert' }, t.unknownService) : createElement('p', {}, t.startIntro),
    createElement(
      'form',
      { 'data-form': 'choose', novalidate: true },
      createElement('p', {}, createElement('label', { for: 'skm-service' }, t.service), ' ', select),
      ...(problem === undefined ? [] : [createElement('p', { role: 'alert' }, problem)]),
      createElement('button', { type: 'submit' }, t.start),
    ),
  ];
}
