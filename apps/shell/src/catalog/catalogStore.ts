import type { ManifestAnswer } from '@bas/auth-bridge';
import type { CatalogHome, ManifestEntry } from '@bas/manifest';
import { useSessionStore } from '../auth/sessionStore.ts';
import type { ShellConfig } from '../config/loadShellConfig.ts';
import { ShellError } from '../errors/ShellError.ts';
import { createRenderedStore } from '../hydration/createRenderedStore.ts';
import { localBuilds } from '../host/localBuilds.ts';
import { appRouteOf } from './appRouteOf.ts';
import { sectionAt, wholeSectionOf } from './browseSection.ts';
import { catalogUrlOf } from './catalogUrlOf.ts';
import { catalogAbsent, fetchCatalogDocument } from './fetchCatalogDocument.ts';
import { fetchManifest, parseManifest, readManifestAnswer, type CatalogAnswer } from './fetchManifest.ts';
import { parseCatalogHome } from './parseCatalogHome.ts';
import { readCatalogEntry } from './readCatalogEntry.ts';
import { parseManifestEntries } from './parseManifestEntries.ts';
import { reportSkippedEntries } from './reportSkippedEntries.ts';

interface ReadyCatalog {
  status: 'ready';
  entries: ManifestEntry[];
  byId: ReadonlyMap<string, ManifestEntry>;
  byRoute: ReadonlyMap<string, ManifestEntry>;
  /** Whom the registry filtered this catalog for: a username, or undefined for an anonymous visitor. */
  loadedFor: string | undefined;
  /** Set when the registry could not be reached and this is the copy saved at that time. */
  savedAt?: string;
  /**
   * Set when the catalog shown may be out of date: the registry answered from the copy it read at this time, or it
   * has not answered since the shell last had the catalog from it, at this time.
   */
  readAt?: string;
}

/** The home's first screen: the popular services whole, and how many apps each category, agency and life event holds. */
export type ShellHome = CatalogHome<ManifestEntry>;

/** An app page shown before the list was loaded: its route, and its entry (undefined when the visitor may not see one). */
interface OpenedEntry {
  route: string;
  entry: ManifestEntry | undefined;
}

/**
 * Before the list has arrived. On the home page the server rendered, `home` is what it rendered (and `readAt` when
 * the registry had not confirmed that catalog lately): the page shows it while the list loads after start-up. On an
 * app page, `opened` is the app's own entry, all the page needs; on the home, `own` the person's own apps; on a
 * browse page, `section` its apps (decisions/0034).
 */
interface LoadingCatalog {
  status: 'loading';
  home?: ShellHome;
  opened?: OpenedEntry;
  /** The person's own apps (favourites, recently used) on the home, by id: `ids` as asked, comma-separated. */
  own?: { ids: string; byId: ReadonlyMap<string, ManifestEntry> };
  /**
   * A browse page's apps: `query` as asked (`category=kependudukan&first=48`, sectionQuery), and `total`, how many
   * the section holds (more than `entries` when only its first apps were asked for).
   */
  section?: { query: string; entries: readonly ManifestEntry[]; total: number };
  readAt?: string;
}

export type CatalogState = LoadingCatalog | ReadyCatalog | { status: 'failed'; error: ShellError };

/** The catalog the shell shows: a hook, with the store's getState and setState (the server renders it too). */
export const useCatalog = createRenderedStore<CatalogState>(() => ({ status: 'loading' }));

interface CatalogSource {
  config: ShellConfig;
  /**
   * The registry's catalog for the person signed in (asked by the auth frame, revalidating `etag`); undefined when
   * nobody is.
   */
  personal(etag?: string): Promise<ManifestAnswer | undefined>;
  /** The copy of the last catalog, kept by the auth frame, for when the registry is down; read as untrusted. */
  saved(): Promise<{ savedAt: string; entries: unknown[] } | undefined>;
}

let source: CatalogSource | undefined;
// A start that failed before the catalog had a source (config.json), run again when the person asks to retry.
let retryStart: (() => void) | undefined;
// The ETag of the catalog shown, to revalidate it, and when the registry last confirmed it.
let etag: string | undefined;
// What the page shows before the list, each asked of the registry on its own (refreshPart): the ETag of each as
// shown (the home the server rendered has none until the registry sends it), and the number of the latest request.
type Part = 'home' | 'opened' | 'own' | 'section';
const noEtags = (): Record<Part, string | undefined> => ({
  home: undefined,
  opened: undefined,
  own: undefined,
  section: undefined,
});
let partEtags = noEtags();
const latestPart: Record<Part, number> = { home: 0, opened: 0, own: 0, section: 0 };
// The app page's route and the person's own apps (ids, comma-separated) the page wants now: an answer for others
// (the person moved on while it was asked) is not shown.
let wanted: { opened?: string; own?: string; section?: string } = {};
// The key of the part being asked for now, so that the same page asking twice sends one request.
const asking: Record<Part, string | undefined> = {
  home: undefined,
  opened: undefined,
  own: undefined,
  section: undefined,
};
// Whether something asked for the list since the source was adopted: revalidating then loads it, not the home.
let listWanted = false;
let confirmedAt: string | undefined;
// Loads can overlap (anonymous at start, then for the person check-sso found): only the latest one may land.
let latest = 0;
let running = 0;

/** Entries by id. */
const byId = (entries: readonly ManifestEntry[]) => new Map(entries.map((entry) => [entry.id, entry]));

/** The entries with their lookups by id and by route (`/layanan/<route>`). */
function indexed(entries: ManifestEntry[]) {
  return {
    entries,
    byId: byId(entries),
    byRoute: new Map(entries.map((entry) => [entry.route, entry])),
  };
}

/**
 * The new entries, each unchanged one as the object shown before (and the list shown before when none changed): a
 * catalog fetched again neither remounts the open app nor rebuilds the search index.
 */
function keepUnchanged(entries: ManifestEntry[]): ManifestEntry[] {
  const shown = useCatalog.getState();
  if (shown.status === 'failed') return entries;
  // Before the list, an app may already run from its own entry: the list arriving does not restart it.
  const kept = entries.map((entry) => {
    const before = entryShownWithId(shown, entry.id);
    return before !== undefined && JSON.stringify(before) === JSON.stringify(entry) ? before : entry;
  });
  if (shown.status !== 'ready') return kept;
  const same =
    kept.length === shown.entries.length && kept.every((entry, index) => entry === shown.entries[index]);
  return same ? shown.entries : kept;
}

function show(
  entries: ManifestEntry[],
  about: { loadedFor: string | undefined; savedAt?: string; readAt?: string },
) {
  useCatalog.setState({ status: 'ready', ...indexed(keepUnchanged(entries)), ...about }, true);
}

export function failCatalog(cause: unknown, retry?: () => void): void {
  retryStart = retry;
  etag = undefined;
  const error =
    cause instanceof ShellError
      ? cause
      : new ShellError('MANIFEST_UNAVAILABLE', 'The app catalog could not be loaded.', { cause });
  console.error(error);
  useCatalog.setState({ status: 'failed', error }, true);
}

/**
 * Shows the home the server rendered into the page (the anonymous visitor's first screen) and keeps where the
 * catalog comes from: the list itself is loaded once the shell is live (`loadCatalog`), so however large the
 * catalog, the page paints and hydrates from a few kilobytes.
 */
export function adoptHome(next: CatalogSource, home: ShellHome, rendered: { readAt?: string } = {}): void {
  adoptSource(next);
  if (rendered.readAt !== undefined) confirmedAt = rendered.readAt;
  const readAt = rendered.readAt === undefined ? {} : { readAt: rendered.readAt };
  useCatalog.setState({ status: 'loading', home, ...readAt }, true);
}

/** Keeps where the catalog comes from and loads nothing yet: the page opened asks for what it needs (wantCatalogFor). */
export function adoptSource(next: CatalogSource): void {
  source = next;
  etag = undefined;
  partEtags = noEtags();
  wanted = {};
  listWanted = false;
  confirmedAt = new Date().toISOString();
  useCatalog.setState({ status: 'loading' }, true);
}

/** The auth frame's copy, with what the shell cannot use left out; only public entries are shown from it. */
async function savedCopy(current: CatalogSource) {
  const copy = await current.saved().catch(() => undefined);
  if (copy === undefined || !Number.isFinite(Date.parse(copy.savedAt)) || !Array.isArray(copy.entries)) {
    return undefined;
  }
  const { entries, skipped } = parseManifestEntries(copy.entries);
  reportSkippedEntries(skipped, 'the saved copy of the catalog');
  const shown = entries.filter((entry) => entry.role === 'public');
  return shown.length === 0 ? undefined : { savedAt: copy.savedAt, entries: shown };
}

/** Asks the registry for the catalog of whoever is signed in now, revalidating `tag` if given. */
async function ask(current: CatalogSource, tag: string | undefined) {
  const url = new URL(current.config.manifestUrl, window.location.origin).href;
  const personal = await current.personal(tag);
  const loadedFor = personal === undefined ? undefined : useSessionStore.getState().user?.username;
  const answer: CatalogAnswer =
    personal === undefined ? await fetchManifest(url, { etag: tag }) : readManifestAnswer(personal, url);
  if (answer.status === 'unchanged') return { answer, loadedFor, entries: undefined };
  reportSkippedEntries(answer.skipped, url);
  return { answer, loadedFor, entries: await localBuilds.merge(answer.entries) };
}

/** Takes the registry's answer to request number `request` into the store, unless a later request was made. */
function land(request: number, { answer, loadedFor, entries }: Awaited<ReturnType<typeof ask>>): void {
  if (request !== latest) return;
  const readAt = answer.readAt === undefined ? {} : { readAt: answer.readAt };
  confirmedAt = answer.readAt ?? new Date().toISOString();
  if (entries !== undefined) {
    etag = answer.status === 'changed' ? answer.etag : undefined;
    show(entries, { loadedFor, ...readAt });
    return;
  }
  const shown = useCatalog.getState();
  if (shown.status !== 'ready') return;
  // Unchanged for whoever is signed in now: the same entries, and no longer out of date unless the registry says so.
  const { readAt: _before, ...rest } = shown;
  if (shown.loadedFor !== loadedFor || shown.readAt !== answer.readAt) {
    useCatalog.setState({ ...rest, loadedFor, ...readAt }, true);
  }
}

/**
 * (Re)loads the catalog for whoever is signed in now. What is on screen stays until the new catalog arrives, so
 * signing in adds the internal apps without a flash or a reload. After a start that failed before there was a
 * catalog to load (config.json), it starts again.
 */
export async function loadCatalog(next?: CatalogSource): Promise<void> {
  source = next ?? source;
  const current = source;
  if (current === undefined) {
    const retry = retryStart;
    retryStart = undefined;
    if (retry === undefined) return;
    useCatalog.setState({ status: 'loading' }, true);
    return retry();
  }
  const request = ++latest;
  running += 1;
  listWanted = true;
  if (useCatalog.getState().status === 'failed') useCatalog.setState({ status: 'loading' }, true);
  try {
    land(request, await ask(current, undefined));
  } catch (cause) {
    if (request !== latest) return;
    const copy = await savedCopy(current);
    if (request !== latest) return;
    if (copy === undefined) {
      if (!keepShown(cause)) failCatalog(cause);
      return;
    }
    console.warn('The registry could not be reached; showing the catalog saved at', copy.savedAt, cause);
    etag = undefined;
    show(copy.entries, {
      loadedFor: useSessionStore.getState().user?.username,
      savedAt: copy.savedAt,
    });
  } finally {
    running -= 1;
  }
}

/**
 * Loads the list when it is not shown and no load is under way: called by what needs more than the parts shown
 * before it (search, the whole catalog, a signed-in person). The home, an app's page and a browse page never fetch
 * it for a visitor, so their cost is the same for 200 apps as for 27,000 (decisions/0032, 0034).
 */
export function wantCatalogList(): void {
  const shown = useCatalog.getState();
  if (shown.status !== 'loading' || source === undefined || running > 0) return;
  void loadCatalog();
}

/**
 * What the page at `pathname` needs of the catalog, asked for when the list is not loaded: an app page its own entry
 * (wantEntryAt), a browse page its section's apps, the home the server rendered nothing more, the search page the
 * registry's index (which its search fetches: catalogIndexSource), any other page the list.
 */
export function wantCatalogFor(pathname: string): void {
  const route = appRouteOf(pathname);
  if (route !== undefined) return wantEntryAt(route);
  const section = sectionAt(pathname);
  if (section !== undefined) return wantSection(section);
  const shown = useCatalog.getState();
  if (pathname === '/' && shown.status === 'loading' && shown.home !== undefined) return;
  if (pathname === '/cari' && catalogIndexSource() !== undefined) return;
  if (pathname === '/semua') return wantWholeCatalog();
  wantCatalogList();
}

/**
 * More apps than a person can look through on one page: the whole catalog page of a catalog this large lists its
 * categories, life events and agencies (the home's counts) rather than every card, and never loads the list for a
 * visitor (decisions/0038).
 */
export const wholeCatalogLimit = 1000;

/**
 * What the whole catalog page (`/semua`) needs while the list is not loaded: for a visitor, the home's counts (asked
 * for when the page has none), and the list only when they say the catalog is no larger than `wholeCatalogLimit`.
 * The page asks again once the home has arrived.
 */
export function wantWholeCatalog(): void {
  const shown = useCatalog.getState();
  const current = source;
  if (shown.status !== 'loading' || current === undefined) return;
  if (!partsAllowed(current)) return wantCatalogList();
  if (shown.home === undefined) {
    if (asking.home === undefined) void refreshHome(current, false);
    return;
  }
  if (shown.home.total <= wholeCatalogLimit) wantCatalogList();
}

// The registry's index as a search source: one object per address, so that the search worker fetches it once.
let indexSource: { indexUrl: string } | undefined;

/**
 * Where a search finds the registry's compact index while the list is not loaded, for a visitor: search then costs
 * the index (a few dozen bytes an app, fetched and read in the search worker), not the list (decisions/0036).
 * Undefined when the list is needed instead: a person is signed in (their catalog comes through the auth frame), or
 * the catalog is not the registry's.
 */
export function catalogIndexSource(): { indexUrl: string } | undefined {
  const current = source;
  if (current === undefined || !partsAllowed(current)) return undefined;
  const indexUrl = catalogUrlOf(current.config.manifestUrl, 'catalog/index');
  if (indexUrl === undefined) return undefined;
  if (indexSource?.indexUrl !== indexUrl) indexSource = { indexUrl };
  return indexSource;
}

/** Whether the parts shown before the list may be asked for (a visitor, the registry's catalog), or the list is needed. */
function partsAllowed(current: CatalogSource): boolean {
  return (
    catalogUrlOf(current.config.manifestUrl, 'catalog/home') !== undefined &&
    useSessionStore.getState().user === undefined
  );
}

/** What the registry takes as an app's id or route, and as a section; anything else is not asked for. */
const appKey = /^[a-z0-9-]{1,50}$/;
const sectionKey = /^(category|agency|lifeEvent)=[a-z][a-z0-9-]{0,49}(&first=\d{1,3})?$/;

/** Each part the page may want, by the key it is shown under (a route, ids, a section's query). */
type WantedPart = Exclude<Part, 'home'>;
const keyShown: Record<WantedPart, (shown: LoadingCatalog) => string | undefined> = {
  opened: (shown) => shown.opened?.route,
  own: (shown) => shown.own?.ids,
  section: (shown) => shown.section?.query,
};

/**
 * Whether the page should ask for `part` under `key` while the list is not loaded: it is not shown or being asked
 * for already, and the visitor is not signed in (the list is loaded instead for a person signed in, whose catalog
 * comes through the auth frame, and where the catalog is not the registry's).
 */
function wantPart(part: WantedPart, key: string): CatalogSource | undefined {
  const shown = useCatalog.getState();
  const current = source;
  if (shown.status !== 'loading' || current === undefined) return undefined;
  wanted[part] = key;
  if (keyShown[part](shown) === key || asking[part] === key) return undefined;
  if (!partsAllowed(current)) {
    wantCatalogList();
    return undefined;
  }
  return current;
}

/**
 * Shows the app page at `route` from its own entry while the list is not loaded: a link to one app on a national
 * portal costs that app's entry, not the whole list. An app tapped on the home or a browse page, whose entries are
 * whole, starts at once from that entry, and is revalidated like any other (decisions/0034).
 */
function wantEntryAt(route: string): void {
  const current = wantPart('opened', route);
  const shown = useCatalog.getState();
  if (current === undefined || shown.status !== 'loading') return;
  const known = entriesShown(shown).find((entry) => entry.route === route);
  // An address no app can have is not asked for.
  if (known !== undefined || !appKey.test(route)) {
    partEtags.opened = undefined;
    useCatalog.setState({ ...shown, opened: { route, entry: known } }, true);
    return;
  }
  void refreshOpened(current, route, false);
}

/**
 * Shows the person's own apps on the home (favourites, recently used: `ids`, from this device) while the list is
 * not loaded, asked of the registry by id: a returning visitor's home costs those few entries, not the whole list.
 */
export function wantOwnApps(ids: readonly string[]): void {
  const asked = [...new Set(ids)]
    .filter((id) => appKey.test(id))
    .slice(0, 100)
    .join(',');
  if (asked === '') return;
  const current = wantPart('own', asked);
  if (current !== undefined) void refreshOwn(current, asked, false);
}

/**
 * Shows a browse page's apps (a category, an agency, a life event: `query`) while the list is not loaded, asked of
 * the registry by section: on a national portal an agency's page costs that agency's apps, not the whole list.
 */
function wantSection(query: string): void {
  const before = useCatalog.getState();
  // All of the section, shown or being asked for since the person asked for it, holds its first apps: kept as the
  // page is asked for again (the router's next update).
  const whole = wholeSectionOf(query);
  const shownQuery = before.status === 'loading' ? before.section?.query : undefined;
  if (whole !== query && (shownQuery === whole || asking.section === whole)) {
    wanted.section = whole;
    return;
  }
  const current = wantPart('section', query);
  const shown = useCatalog.getState();
  if (current === undefined || shown.status !== 'loading') return;
  // A key the catalog cannot have: its page says it is not there, without asking.
  if (!sectionKey.test(query)) {
    useCatalog.setState({ ...shown, section: { query, entries: [], total: 0 } }, true);
    return;
  }
  void refreshSection(current, query, false);
}

/** Every app of the section whose first apps its page shows (`query`, sectionQuery), when the person asks for all. */
export function wantWholeSection(query: string): void {
  wantSection(wholeSectionOf(query));
}

function refreshOpened(current: CatalogSource, route: string, revalidating: boolean): Promise<void> {
  const url = catalogUrlOf(current.config.manifestUrl, `catalog/routes/${route}`) ?? '';
  return refreshPart('opened', route, url, revalidating, readCatalogEntry, (shown, entry) => ({
    ...shown,
    opened: { route, entry: keepSame(shown.opened?.route === route ? shown.opened.entry : undefined, entry) },
  }));
}

function refreshOwn(current: CatalogSource, ids: string, revalidating: boolean): Promise<void> {
  const url = catalogUrlOf(current.config.manifestUrl, `catalog/entries?ids=${ids}`) ?? '';
  return refreshPart('own', ids, url, revalidating, readEntries, (shown, entries) => ({
    ...shown,
    own: { ids, byId: byId(keepEach(entriesShown(shown), entries)) },
  }));
}

function refreshSection(current: CatalogSource, query: string, revalidating: boolean): Promise<void> {
  const url = catalogUrlOf(current.config.manifestUrl, `catalog/entries?${query}`) ?? '';
  return refreshPart('section', query, url, revalidating, readSection, (shown, { entries, total }) => ({
    ...shown,
    section: { query, entries: keepEach(entriesShown(shown), entries), total },
  }));
}

/**
 * The home's counts and popular apps, first asked for by the whole catalog page of a page the server did not render,
 * or asked again (a kill switch takes a popular app off it, a new app changes the counts).
 */
function refreshHome(current: CatalogSource, revalidating = true): Promise<void> {
  const url = catalogUrlOf(current.config.manifestUrl, 'catalog/home') ?? '';
  return refreshPart(
    'home',
    'home',
    url,
    revalidating,
    (body) => parseCatalogHome(required(body, url)),
    (shown, home) => ({ ...shown, home: keepSame(shown.home, home) }),
  );
}

/** `before` when the registry sent it again unchanged, so what runs or is rendered from it is not started again. */
function keepSame<T>(before: T | undefined, after: T): T {
  return before !== undefined && JSON.stringify(before) === JSON.stringify(after) ? before : after;
}

/** Each of `entries` as the object already shown for it when unchanged (cards are memoised on their entry). */
function keepEach(shown: readonly ManifestEntry[], entries: ManifestEntry[]): ManifestEntry[] {
  const before = byId(shown);
  return entries.map((entry) => keepSame(before.get(entry.id), entry));
}

/** Entries the registry sent (by id, of a section); those the shell cannot open are left out, and said so. */
function readEntries(body: unknown, url: string): ManifestEntry[] {
  const { entries, skipped } = parseManifest(required(body, url), url);
  reportSkippedEntries(skipped, url);
  return entries;
}

/** A section the registry sent: its entries, as readEntries, and how many it holds (those sent, from an older one). */
function readSection(body: unknown, url: string): { entries: ManifestEntry[]; total: number } {
  const entries = readEntries(body, url);
  const total = (body as { total?: unknown }).total;
  return {
    entries,
    total: Number.isSafeInteger(total) ? Math.max(total as number, entries.length) : entries.length,
  };
}

/** Every entry shown before the list: the app page's own, the person's own apps, a section's, the home's popular. */
function entriesShown(shown: LoadingCatalog): ManifestEntry[] {
  return [
    ...(shown.opened?.entry === undefined ? [] : [shown.opened.entry]),
    ...(shown.own?.byId.values() ?? []),
    ...(shown.section?.entries ?? []),
    ...(shown.home?.popular ?? []),
  ];
}

/**
 * The entries with these ids that are shown or that the person may see, without loading the list for them: from the
 * list once it is loaded, before it asked of the registry by id (for a visitor: a signed-in person's page runs from
 * the list). Those the registry does not have for the person are absent from the answer.
 */
export async function entriesWithIds(ids: readonly string[]): Promise<ReadonlyMap<string, ManifestEntry>> {
  const shown = useCatalog.getState();
  const current = source;
  const found = new Map(
    ids.flatMap((id) => {
      const entry = entryShownWithId(shown, id);
      return entry === undefined ? [] : [[id, entry] as const];
    }),
  );
  const missing = ids.filter((id) => !found.has(id) && appKey.test(id));
  if (shown.status !== 'loading' || current === undefined || missing.length === 0 || !partsAllowed(current)) {
    return found;
  }
  const url = catalogUrlOf(current.config.manifestUrl, `catalog/entries?ids=${missing.join(',')}`) ?? '';
  const answer = await fetchCatalogDocument(url);
  return new Map([...found, ...(answer.status === 'changed' ? byId(readEntries(answer.body, url)) : [])]);
}

/** A document the registry must have: no body (its 404) is a failure. */
function required(body: unknown, url: string): unknown {
  if (body === undefined) throw catalogAbsent(url);
  return body;
}

/**
 * Asks the registry for a part of what the page shows before the list, under `key` (`revalidating` the one shown, by
 * its ETag), and `put`s what `read` made of the answer (its body undefined for a 404) into what is shown, unless the
 * list came or the page moved on to another key meanwhile. When the registry does not answer, a first request turns
 * to the list (and so to the copy saved for an outage); a revalidation keeps what is shown, said to be as of when
 * the registry last confirmed it.
 */
async function refreshPart<T>(
  part: Part,
  key: string,
  url: string,
  revalidating: boolean,
  read: (body: unknown, url: string) => T,
  put: (shown: LoadingCatalog, value: T) => LoadingCatalog,
): Promise<void> {
  const request = ++latestPart[part];
  asking[part] = key;
  const current = () => {
    const shown = useCatalog.getState();
    const stillWanted = part === 'home' || wanted[part] === key;
    return request === latestPart[part] && shown.status === 'loading' && stillWanted ? shown : undefined;
  };
  try {
    const answer = await fetchCatalogDocument(url, { etag: revalidating ? partEtags[part] : undefined });
    const value =
      answer.status === 'unchanged'
        ? undefined
        : { read: read(answer.status === 'changed' ? answer.body : undefined, url) };
    const shown = current();
    if (shown === undefined) return;
    if (answer.status !== 'unchanged')
      partEtags[part] = answer.status === 'changed' ? answer.etag : undefined;
    confirmedAt = answer.readAt ?? new Date().toISOString();
    const { readAt: _before, ...rest } = value === undefined ? shown : put(shown, value.read);
    const readAt = answer.readAt === undefined ? {} : { readAt: answer.readAt };
    useCatalog.setState({ ...rest, ...readAt }, true);
  } catch (cause) {
    if (current() === undefined) return;
    if (revalidating) {
      console.warn('The registry did not answer; what is shown is as of', confirmedAt, cause);
      return markStale();
    }
    console.warn(`The registry did not send ${url}; loading the catalog instead.`, cause);
    wantCatalogList();
  } finally {
    if (request === latestPart[part]) asking[part] = undefined;
  }
}

/** The entry at `/layanan/<route>` as shown and whom it was filtered for; undefined while the shell does not know yet. */
export function entryShownAt(
  shown: CatalogState,
  route: string,
): { entry: ManifestEntry | undefined; loadedFor: string | undefined } | undefined {
  if (shown.status === 'ready') return { entry: shown.byRoute.get(route), loadedFor: shown.loadedFor };
  if (shown.status === 'loading' && shown.opened?.route === route) {
    return { entry: shown.opened.entry, loadedFor: undefined };
  }
  return undefined;
}

/**
 * The entry with this id among those shown: in the list, or before the list is loaded the app page's own or one of
 * the person's own apps on the home.
 */
export function entryShownWithId(shown: CatalogState, id: string): ManifestEntry | undefined {
  if (shown.status === 'ready') return shown.byId.get(id);
  return shown.status === 'loading' ? entriesShown(shown).find((entry) => entry.id === id) : undefined;
}

/**
 * When the list could not be loaded, and no copy was saved, under what the page showed before it (the home the server
 * rendered, an app's entry, a section): that stays, said to be as of when the registry last confirmed it, and the
 * shell asks again as it does for an out-of-date catalog (keepCatalogFresh). A running app is not torn down.
 */
function keepShown(cause: unknown): boolean {
  const shown = useCatalog.getState();
  if (
    shown.status !== 'loading' ||
    (shown.home ?? shown.opened ?? shown.own ?? shown.section) === undefined
  ) {
    return false;
  }
  console.warn('The registry did not send the catalog; what is shown is as of', confirmedAt, cause);
  markStale();
  return true;
}

/** Says that what is shown before the list is as of when the registry last confirmed it. */
function markStale(): void {
  const shown = useCatalog.getState();
  if (shown.status === 'loading' && shown.readAt === undefined && confirmedAt !== undefined) {
    useCatalog.setState({ ...shown, readAt: confirmedAt }, true);
  }
}

/** Whether what is shown may be out of date: a saved copy, or a catalog or home not confirmed lately. */
export function catalogIsStale(): boolean {
  const shown = useCatalog.getState();
  if (shown.status === 'ready') return shown.readAt !== undefined || shown.savedAt !== undefined;
  return shown.status === 'loading' && shown.readAt !== undefined;
}

/**
 * Asks the registry whether the catalog changed since it was shown (a 304 when not), and shows the change: an app
 * disabled, removed or replaced is then closed where it is open (decisions/0023). Quiet when the registry does not
 * answer: the catalog shown stays, said to be as of when the registry last confirmed it. Skipped while a load runs.
 */
export async function revalidateCatalog(): Promise<void> {
  const current = source;
  if (current === undefined || running > 0) return;
  const shown = useCatalog.getState();
  if (shown.status === 'loading') {
    // Before the list: each part shown (the home, an app page's entry, the person's own apps, a section) is
    // revalidated by its own few kilobytes, as long as the page still wants it (a request for the next one may be
    // under way). A list asked for that could not be loaded is asked for again beside them; a visitor's search
    // page, which shows no part, searches the index and wants no list.
    const { home, opened, own, section } = shown;
    const allowed = partsAllowed(current);
    const parts = allowed && (home ?? opened ?? own ?? section) !== undefined;
    await Promise.all([
      (listWanted || !allowed) && loadCatalog(),
      parts && home !== undefined && refreshHome(current),
      parts &&
        opened !== undefined &&
        opened.route === wanted.opened &&
        appKey.test(opened.route) &&
        refreshOpened(current, opened.route, true),
      parts && own !== undefined && own.ids === wanted.own && refreshOwn(current, own.ids, true),
      parts &&
        section !== undefined &&
        section.query === wanted.section &&
        sectionKey.test(section.query) &&
        refreshSection(current, section.query, true),
    ]);
    return;
  }
  const request = ++latest;
  running += 1;
  try {
    land(request, await ask(current, etag));
  } catch (cause) {
    const shown = useCatalog.getState();
    if (request !== latest || shown.status !== 'ready' || shown.savedAt !== undefined) return;
    if (shown.readAt !== undefined || confirmedAt === undefined) return;
    console.warn('The registry did not answer; the catalog shown is as of', confirmedAt, cause);
    useCatalog.setState({ ...shown, readAt: confirmedAt }, true);
  } finally {
    running -= 1;
  }
}
