import { appPath, type Locale } from '@bas/sdk';
import type { Satisfaction } from '../api/createPortalApi.ts';
import type { RatedService } from '../api/ratedServicesOf.ts';
import { createElement } from '../createElement.ts';
import { texts } from '../texts.ts';

/**
 * After the answer was taken: thanks, the service's index this year when the portal answers it (the paragraph is
 * there from the start, so the figure is announced when it arrives), and the way back to the service.
 */
export function thanksView(
  locale: Locale,
  { service, satisfaction }: { service: RatedService; satisfaction: Satisfaction | undefined },
): HTMLElement[] {
  const t = texts[locale];
  const name = service.name[locale];
  const { ikm, grade } = satisfaction ?? { ikm: null, grade: null };
  const figures =
    satisfaction === undefined || ikm === null || grade === null
      ? ''
      : t.result({
          name,
          year: satisfaction.period,
          ikm: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(ikm),
          grade,
          answers: satisfaction.answers,
        });
  return [
    createElement('p', { role: 'status' }, figures),
    createElement(
      'p',
      {},
      createElement('a', { href: appPath(service.route), 'data-action': 'back' }, t.back(name)),
    ),
  ];
}
