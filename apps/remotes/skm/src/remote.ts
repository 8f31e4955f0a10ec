import type { Locale, RemoteContext, RemoteModule } from '@bas/sdk';
import { createApiClient } from '@bas/sdk/http';
import { surveyedServices, surveyElements, surveySchema } from './api/survey.ts';
import { createElement } from './createElement.ts';
import { texts } from './texts.ts';

interface Result {
  score: number;
  grade: string;
  respondents: number;
}

/**
 * The survey without a framework: plain DOM, the SDK's services through the context, and everything it adds
 * (listeners, subscriptions, nodes) removed by the function `mount` returns.
 */
export function createRemote(apiBase: string): RemoteModule {
  return {
    mount(element: HTMLElement, context: RemoteContext) {
      const api = createApiClient(context.auth, { baseUrl: apiBase, service: 'SKM' });
      // What the person has entered survives a change of language: the form is redrawn from this.
      const answers = { service: '', ratings: [] as number[], comment: '' };
      let result: Result | undefined;
      let message: string | undefined;
      let sending = false;

      const render = (locale: Locale) => {
        const t = texts[locale];
        if (result !== undefined) {
          element.replaceChildren(
            createElement(
              'section',
              { class: 'skm', lang: locale, 'aria-labelledby': 'skm-title' },
              createElement('h2', { id: 'skm-title' }, t.thanks),
              createElement(
                'p',
                { role: 'status' },
                t.result(result.score, result.grade, result.respondents),
              ),
              createElement('button', { type: 'button', 'data-action': 'again' }, t.again),
            ),
          );
          return;
        }
        const serviceSelect = createElement(
          'select',
          { id: 'skm-service', name: 'service' },
          createElement('option', { value: '' }, t.choose),
          ...surveyedServices.map((service) =>
            createElement(
              'option',
              { value: service, selected: answers.service === service },
              t.services[service],
            ),
          ),
        );
        const elementFieldsets = surveyElements.map((name, index) =>
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
                  checked: answers.ratings[index] === value + 1,
                }),
                ` ${label}`,
              ),
            ),
          ),
        );
        const comment = createElement('textarea', { id: 'skm-comment', name: 'comment', rows: '2' });
        comment.value = answers.comment;
        element.replaceChildren(
          createElement(
            'form',
            { class: 'skm', lang: locale, 'aria-labelledby': 'skm-title', novalidate: true },
            createElement('h2', { id: 'skm-title' }, t.title),
            createElement('p', {}, t.intro),
            createElement(
              'p',
              {},
              createElement('label', { for: 'skm-service' }, t.service),
              ' ',
              serviceSelect,
            ),
            ...elementFieldsets,
            createElement(
              'p',
              {},
              createElement('label', { for: 'skm-comment' }, t.comment),
              createElement('br'),
              comment,
            ),
            ...(message === undefined ? [] : [createElement('p', { role: 'alert' }, message)]),
            createElement('button', { type: 'submit', disabled: sending }, sending ? t.sending : t.submit),
          ),
        );
      };
      const redraw = () => render(context.locale.get());

      const onInput = (event: Event) => {
        const target = event.target as HTMLInputElement;
        if (target.name === 'service') answers.service = target.value;
        else if (target.name === 'comment') answers.comment = target.value;
        else if (target.name.startsWith('rating-'))
          answers.ratings[Number(target.name.slice(7))] = Number(target.value);
      };
      const onSubmit = (event: Event) => {
        event.preventDefault();
        const parsed = surveySchema.safeParse({
          service: answers.service,
          ratings: surveyElements.map((_, index) => answers.ratings[index]),
          ...(answers.comment.trim() === '' ? {} : { comment: answers.comment.trim() }),
        });
        if (!parsed.success) {
          message = texts[context.locale.get()].incomplete;
          return redraw();
        }
        sending = true;
        message = undefined;
        redraw();
        api
          .post<Result>('skm', parsed.data)
          .then(
            (answer) => {
              result = answer;
              context.telemetry.event('skm-dikirim', { service: parsed.data.service });
            },
            (error: unknown) => {
              context.telemetry.error(error);
              message = (error as Error).message;
            },
          )
          .finally(() => {
            sending = false;
            if (element.isConnected) redraw();
          });
      };
      const onClick = (event: Event) => {
        if ((event.target as HTMLElement).dataset.action !== 'again') return;
        result = undefined;
        answers.service = '';
        answers.ratings = [];
        answers.comment = '';
        redraw();
      };

      element.addEventListener('change', onInput);
      element.addEventListener('input', onInput);
      element.addEventListener('submit', onSubmit);
      element.addEventListener('click', onClick);
      const stopLocale = context.locale.subscribe(render);
      redraw();
      return () => {
        stopLocale();
        element.removeEventListener('change', onInput);
        element.removeEventListener('input', onInput);
        element.removeEventListener('submit', onSubmit);
        element.removeEventListener('click', onClick);
        element.replaceChildren();
      };
    },
  };
}

// In the portal the survey API sits on the app's own origin, wherever the app is served from.
// (Not `new URL('/api/', import.meta.url)`: Vite would take that for a file of the build.)
export const { mount } = createRemote(`${new URL(import.meta.url).origin}/api/`);
