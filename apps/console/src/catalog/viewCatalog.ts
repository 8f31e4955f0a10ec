import type { AppSummary, HealthStatus } from '../api/registryApi.ts';
import type { Locale } from '../i18n/LocaleContext.ts';

export const sortKeys = [
  'name',
  'agency',
  'kind',
  'status',
  'health',
  'version',
  'pending',
  'changed',
] as const;
export type SortKey = (typeof sortKeys)[number];
export type Direction = 'ascending' | 'descending';

export interface CatalogView {
  agency: string;
  kind: string;
  status: string;
  health: string;
  sort: SortKey;
  direction: Direction;
}

/** The view in the address (`?agency=dishub&sort=changed&direction=descending`), so it survives a reload or a link. */
export function readCatalogView(params: URLSearchParams): CatalogView {
  const sort = params.get('sort');
  return {
    agency: params.get('agency') ?? '',
    kind: params.get('kind') ?? '',
    status: params.get('status') ?? '',
    health: params.get('health') ?? '',
    sort: sortKeys.find((key) => key === sort) ?? 'name',
    direction: params.get('direction') === 'descending' ? 'descending' : 'ascending',
  };
}

/** Ascending puts the apps that need attention first. */
const healthOrder: Record<HealthStatus, number> = { down: 0, degraded: 1, up: 2, unknown: 3 };

const sortValue = (app: AppSummary, key: SortKey, locale: Locale): string | number | null => {
  switch (key) {
    case 'name':
      return app.name?.[locale] ?? app.id;
    case 'version':
      return app.currentVersion;
    case 'pending':
      return app.pendingVersions;
    case 'changed':
      return app.lastChangedAt;
    case 'health':
      return healthOrder[app.health ?? 'unknown'];
    default:
      return app[key];
  }
};

/**
 * The apps the filters keep, in the chosen order. All in the browser: the registry sends the whole list in one
 * answer (200 apps are a few dozen kilobytes), so filtering and sorting are instant and need no request.
 */
export function viewCatalog(apps: readonly AppSummary[], view: CatalogView, locale: Locale): AppSummary[] {
  // Numeric: version 1.10.0 after 1.9.0, and names in the language's alphabetical order.
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = view.direction === 'ascending' ? 1 : -1;
  return apps
    .filter(
      (app) =>
        (view.agency === '' || app.agency === view.agency) &&
        (view.kind === '' || app.kind === view.kind) &&
        (view.status === '' || app.status === view.status) &&
        (view.health === '' || (app.health ?? 'unknown') === view.health),
    )
    .map((app) => ({ app, value: sortValue(app, view.sort, locale) }))
    .sort((a, b) => {
      // Apps without a value (no served version yet) go last whichever the direction.
      if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order * sign || a.app.id.localeCompare(b.app.id);
    })
    .map(({ app }) => app);
}
