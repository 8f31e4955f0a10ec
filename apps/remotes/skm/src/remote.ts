import type { Locale, RemoteModule, ShellLocation } from '@bas/sdk';
import { createPortalApi, type Satisfaction } from './api/createPortalApi.ts';
import type { RatedService } from './api/ratedServicesOf.ts';
import { surveyElements } from './api/surveyElements.ts';
import { createElement } from './createElement.ts';
import { sendProblem } from './sendProblem.ts';
import { texts } from './texts.ts';
import { chooserView } from './views/chooserView.ts';
import { ratingView } from './views/ratingView.ts';
import { thanksView } from './views/thanksView.ts';

type Screen =
  | { step: 'loading' }
  | { step: 'catalog-failed' }
  /** No service asked for, or one the catalog does not have (`unknown`): the person chooses. */
  | { step: 'choose'; unknown: boolean }
  | { step: 'rate'; service: RatedService; sending: boolean }
  | { step: 'thanks'; service: RatedService; satisfaction: Satisfaction | undefined };

/** The service a link asks to rate, `?layanan=<app id>` (the shell's invitation, say), or null. */
const askedOf = (location: ShellLocation) => new URLSearchParams(location.search).get('layanan');

/**
 * The satisfaction survey's own screen, without a framework: plain DOM, the SDK's services through the context, and
 * everything it adds (listeners, subscriptions, nodes) removed by the function `mount` returns. The service to
 * rate comes from `?layanan=`, and its name from the portal's catalog, never from the link: a link cannot make the
 * survey show a name of its choosing. `apiBase` is the portal's API, whose registry keeps the anonymous answers.
 */
export function createRemote(apiBase: string): RemoteModule {
  return {
    mount(element, context) {
      const api = createPortalApi(apiBase);
      let services: RatedService[] | undefined;
      let asked = askedOf(context.navigation.getLocation());
      let screen: Screen = { step: 'loading' };
      // What the person has entered survives a change of language and a failed send: every screen is drawn from it.
      let ratings: number[] = [];
      let chosen = '';
      let problem: ((locale: Locale) => string) | undefined;
      // Set when the person moved to another screen: its heading takes the focus, so a screen reader says where.
      let moveFocus = false;
      let active = true;

      const render = (locale: Locale) => {
        const t = texts[locale];
        const heading = createElement(
          'h2',
          { id: 'skm-title', tabindex: '-1' },
          screen.step === 'thanks' ? t.thanks : t.title,
        );
        let body: HTMLElement[];
        switch (screen.step) {
          case 'loading':
            body = [createElement('p', { role: 'status' }, t.loading)];
            break;
          case 'catalog-failed':
            body = [
              createElement('p', { role: 'alert' }, t.catalogFailed),
              createElement('button', { type: 'button', 'data-action': 'retry' }, t.retry),
            ];
            break;
          case 'choose':
            body = chooserView(locale, {
              services: services ?? [],
              chosen,
              unknown: screen.unknown,
              problem: problem?.(locale),
            });
            break;
          case 'rate':
            body = ratingView(locale, {
              service: screen.service,
              ratings,
              sending: screen.sending,
              problem: problem?.(locale),
            });
            break;
          case 'thanks':
            body = thanksView(locale, screen);
            break;
        }
        element.replaceChildren(
          createElement(
            'section',
            { class: 'skm', lang: locale, 'aria-labelledby': 'skm-title' },
            heading,
            ...body,
          ),
        );
        if (moveFocus) heading.focus();
        moveFocus = false;
      };
      const redraw = () => render(context.locale.get());

      /** The screen for the service asked, once the catalog is here. */
      const decide = () => {
        if (services === undefined) return;
        const service = services.find((candidate) => candidate.id === asked);
        ratings = [];
        problem = undefined;
        screen =
          service === undefined
            ? { step: 'choose', unknown: asked !== null }
            : { step: 'rate', service, sending: false };
      };
      const load = () => {
        screen = { step: 'loading' };
        redraw();
        api.services(context.appId).then(
          (found) => {
            if (!active) return;
            services = found;
            decide();
            redraw();
          },
          (error: unknown) => {
            if (!active) return;
            context.telemetry.error(error, { step: 'catalog' });
            screen = { step: 'catalog-failed' };
            redraw();
          },
        );
      };

      const send = (service: RatedService) => {
        const missing = surveyElements.flatMap((_, index) =>
          ratings[index] === undefined ? [String(index + 1)] : [],
        );
        if (missing.length > 0) {
          problem = (locale) => texts[locale].incomplete(missing.join(', '));
          return redraw();
        }
        const scores = surveyElements.map((_, index) => ratings[index] ?? 0);
        screen = { step: 'rate', service, sending: true };
        problem = undefined;
        redraw();
        api
          .send(service.id, scores)
          .then(async () => {
            context.telemetry.event('skm-dikirim', { service: service.id });
            const satisfaction = await api.satisfaction(service.id);
            if (!active) return;
            ratings = [];
            screen = { step: 'thanks', service, satisfaction };
            moveFocus = true;
            redraw();
          })
          .catch((error: unknown) => {
            if (!active) return;
            context.telemetry.error(error, { step: 'send' });
            problem = sendProblem(error, context.entry.owner.email);
            screen = { step: 'rate', service, sending: false };
            redraw();
          });
      };

      const onInput = (event: Event) => {
        const target = event.target as HTMLInputElement;
        if (target.name === 'service') chosen = target.value;
        else if (target.name.startsWith('rating-'))
          ratings[Number(target.name.slice('rating-'.length))] = Number(target.value);
      };
      const onSubmit = (event: Event) => {
        event.preventDefault();
        const form = (event.target as HTMLElement).dataset.form;
        if (form === 'rate' && screen.step === 'rate' && !screen.sending) return send(screen.service);
        if (form !== 'choose') return;
        if (chosen === '') {
          problem = (locale) => texts[locale].chooseFirst;
          return redraw();
        }
        // The navigation listener draws the service's screen, as for a link from the shell.
        context.navigation.navigate(`${context.basePath}?layanan=${encodeURIComponent(chosen)}`);
      };
      const onClick = (event: MouseEvent) => {
        const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
        if (action === 'retry') load();
        // The service's own address for a new tab; a plain click opens it through the shell.
        const plainClick = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey;
        if (action === 'back' && screen.step === 'thanks' && plainClick) {
          event.preventDefault();
          context.navigation.openApp(screen.service.id);
        }
      };
      const stopNavigation = context.navigation.subscribe((location) => {
        const next = askedOf(location);
        if (next === asked) return;
        asked = next;
        decide();
        moveFocus = services !== undefined;
        redraw();
      });

      element.addEventListener('change', onInput);
      element.addEventListener('input', onInput);
      element.addEventListener('submit', onSubmit);
      element.addEventListener('click', onClick);
      const stopLocale = context.locale.subscribe(render);
      load();
      return () => {
        active = false;
        stopLocale();
        stopNavigation();
        element.removeEventListener('change', onInput);
        element.removeEventListener('input', onInput);
        element.removeEventListener('submit', onSubmit);
        element.removeEventListener('click', onClick);
        element.replaceChildren();
      };
    },
  };
}

// The portal's own API on the page's origin: the registry under the portal, the mock API on the app's standalone
// page and in the harness. (Not import.meta.url's origin, where the app's files are served from.)
export const { mount } = createRemote(`${window.location.origin}/api/`);
