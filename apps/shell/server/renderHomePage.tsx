import { catalogHomeOf, type ManifestEntry } from '@bas/manifest';
import type { Locale } from '@bas/sdk';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { adoptHome } from '../src/catalog/catalogStore.ts';
import { parseManifestEntries } from '../src/catalog/parseManifestEntries.ts';
import { bootDataId } from '../src/catalog/readBootData.ts';
import { en } from '../src/i18n/en.ts';
import { useLocaleStore } from '../src/i18n/localeStore.ts';
import { provideTexts } from '../src/i18n/useTexts.ts';
import { iconShapes, inlineIcons } from '../src/routes/inlineIcons.ts';
import type { ShellConfig } from '../src/config/loadShellConfig.ts';
import { shellRoutes } from '../src/routes/createShellRouter.tsx';
import { scriptsAfterFirstPaint } from './scriptsAfterFirstPaint.ts';

export type { ShellConfig };
export { localeFromCookie } from '../src/i18n/localeCookie.ts';

// Every language's texts, at once: the server renders without waiting for a fetch.
provideTexts({ en });

const root = '<div id="root"></div>';

/**
 * The citizen home as the anonymous visitor sees it, rendered into the shell's `index.html` (`template`) with the
 * config and the home it was rendered from beside it. The portal's server sends this page, so the services are on
 * screen before any JavaScript has run; the shell then hydrates the same from the same data (decisions/0011). Only
 * the home goes into the page, never the catalog's list: a few kilobytes whether it holds 200 apps or 27,000
 * (decisions/0032).
 */
export function renderHomePage(
  template: string,
  config: ShellConfig,
  entries: ManifestEntry[],
  locale: Locale = 'id',
  /** When the registry last confirmed the catalog, if it has not answered since. */
  catalog: { readAt?: string } = {},
  /** An icon's shapes by its name (Lucide's icon nodes), drawn inline in the tiles; others stay files. */
  iconOf: (name: string) => unknown = () => undefined,
): string {
  if (!template.includes(root)) throw new Error(`The shell's index.html has no ${root} to render into.`);
  // What the shell would leave out is left out here too, so one bad entry neither breaks the page nor differs
  // from what the shell hydrates.
  const { entries: shown, skipped } = parseManifestEntries(entries);
  for (const entry of skipped) {
    console.warn(`The catalog entry ${entry.label} is left out of the home page: ${entry.reason}.`);
  }
  const none = () => Promise.resolve(undefined);
  const home = catalogHomeOf(shown, (entry) => entry);
  // The tiles' icons drawn inline (decisions/0040): this page's own, and the same in the page for hydrating.
  inlineIcons.clear();
  for (const { icon } of home.popular) {
    const shapes = iconShapes(iconOf(icon));
    if (shapes !== undefined) inlineIcons.set(icon, shapes);
  }
  adoptHome({ config, personal: none, saved: none }, home, catalog);
  // In the language the visitor chose (the shell reads the same cookie, so it hydrates in it too).
  useLocaleStore.setState({ locale });
  const router = createMemoryRouter(shellRoutes, { initialEntries: ['/'] });
  const markup = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  // `<` escaped: an entry's text can never close the script element.
  const readAt = catalog.readAt === undefined ? {} : { readAt: catalog.readAt };
  const icons = Object.fromEntries(inlineIcons);
  const boot = JSON.stringify({ config, home, ...readAt, icons }).replaceAll('<', '\\u003c');
  // This page paints without JavaScript: the shell's scripts are requested once it has. Taken from the template
  // before any text from the catalog goes in, so nothing an entry says can be mistaken for one of them.
  // Replacer functions wherever text from the catalog goes in: in a replacement string, `$&`, `$'`, `$$` and `$`
  // followed by a backtick in an entry's text would be expanded (the last pastes the template's head into the page).
  return scriptsAfterFirstPaint(template)
    .replace('<html lang="id">', () => `<html lang="${locale}">`)
    .replace(
      root,
      () =>
        `<div id="root">${markup}</div><script type="application/json" id="${bootDataId}">${boot}</script>`,
    );
}
