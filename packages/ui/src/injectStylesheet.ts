import { kitStylesheet, uiRootClass } from './kitStylesheet.ts';

const marker = 'data-bas-ui';

/**
 * Makes `element` an app's kit root: gives it the `.bas-ui` class and adds the kit's stylesheet once to the
 * document or shadow root it lives in. Every rule is scoped under `.bas-ui`, so the page around the app is not
 * touched, and a second app on the page reuses the same `<style>`. The portal's CSP allows inline styles.
 *
 * @example
 * export function mount(element: HTMLElement, context: RemoteContext) {
 *   injectStylesheet(element);
 *   …
 * }
 */
export function injectStylesheet(element: Element): void {
  element.classList.add(uiRootClass);
  const root = element.getRootNode();
  const target = root instanceof ShadowRoot ? root : element.ownerDocument.head;
  if (target.querySelector(`style[${marker}]`) !== null) return;
  const style = element.ownerDocument.createElement('style');
  style.setAttribute(marker, '');
  style.textContent = kitStylesheet;
  target.append(style);
}
