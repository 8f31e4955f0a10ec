import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { renderHomePage, ShellConfig } from '@bas/shell/server';
import type { ManifestSource } from './ManifestSource.ts';
import { pageTemplate } from './createPageSender.ts';

/** The shell's server renderer (`@bas/shell/server`), or a stand-in in tests. */
export type RenderHomePage = typeof renderHomePage;

type Locale = NonNullable<Parameters<RenderHomePage>[3]>;

interface RenderedPage {
  manifestEtag: string;
  entries: Parameters<RenderHomePage>[2];
  /**
   * The page in each language asked for so far, rendered on first request; while the registry does not answer, a
   * second rendering per language that says since when the catalog has not been confirmed.
   */
  html: Map<string, string>;
}

/**
 * The citizen home as HTML: the shell's `index.html` with the anonymous catalog rendered into it, so a phone shows
 * the services before any JavaScript has run. The page is rendered once per version of the anonymous manifest (its
 * ETag, revalidated with the registry at most once a second, one request at a time however many visitors come)
 * and language (the one the visitor chose, from the shell's cookie), and kept in memory; each answer then gets its own nonce (createPageSender). When the registry stops answering,
 * the last page rendered is kept; before any was, the caller serves the static `index.html` and the shell fetches
 * the catalog itself (decisions/0011).
 */
export function createHomePage(options: {
  shellDir: string;
  render: RenderHomePage;
  config: ShellConfig;
  manifest: ManifestSource;
  /** How long a rendered page is served before the registry is asked again; 1 s by default. */
  maxAgeMs?: number;
  /** An icon's shapes by name, for the tiles the page draws inline. */
  iconOf?: (name: string) => unknown;
}): (locale: Locale) => Promise<string | undefined> {
  const template = pageTemplate(readFileSync(join(options.shellDir, 'index.html'), 'utf8'));
  let page: RenderedPage | undefined;
  let checkedAt = 0;
  let pending: Promise<RenderedPage | undefined> | undefined;
  let unavailable: string | undefined;
  // When the registry last answered (with a new catalog or "unchanged"): the age of the page's catalog in an outage.
  let confirmedAt = new Date().toISOString();

  async function revalidate(): Promise<RenderedPage | undefined> {
    const answer = await options
      .manifest(page?.manifestEtag)
      .catch((error: unknown) => ({ status: 'unavailable' as const, reason: String(error) }));
    checkedAt = Date.now();
    if (answer.status !== 'unavailable') confirmedAt = new Date(checkedAt).toISOString();
    // Said once when the registry stops answering and once when it is back, not on every request.
    const reason = answer.status === 'unavailable' ? answer.reason : undefined;
    if (reason !== unavailable) {
      if (reason === undefined)
        console.info('The registry answers again; the home page is rendered from it.');
      else
        console.error(
          `The registry does not answer (${reason}); serving the last home page rendered, if any.`,
        );
      unavailable = reason;
    }
    if (answer.status !== 'changed') return page;
    // The registry validated every entry before it stored it.
    const entries = answer.entries as Parameters<RenderHomePage>[2];
    page = { manifestEtag: answer.etag, entries, html: new Map() };
    return page;
  }

  /** The page for this request: asked of the registry at most once per `maxAgeMs`, one question at a time. */
  function current(): Promise<RenderedPage | undefined> {
    if (page !== undefined && Date.now() - checkedAt < (options.maxAgeMs ?? 1000))
      return Promise.resolve(page);
    pending ??= revalidate().finally(() => (pending = undefined));
    return pending;
  }

  return async (locale) => {
    try {
      const rendered = await current();
      if (rendered === undefined) return undefined;
      const readAt = unavailable === undefined ? undefined : confirmedAt;
      const key = `${locale} ${readAt ?? ''}`;
      let html = rendered.html.get(key);
      if (html === undefined) {
        html = options.render(
          template,
          options.config,
          rendered.entries,
          locale,
          readAt === undefined ? {} : { readAt },
          options.iconOf,
        );
        rendered.html.set(key, html);
      }
      return html;
    } catch (error) {
      console.error('The home page could not be rendered; serving the static index.html.', error);
      return undefined;
    }
  };
}
