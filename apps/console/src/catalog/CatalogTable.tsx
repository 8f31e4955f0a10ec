import { Link } from 'react-router';
import type { AppSummary } from '../api/registryApi.ts';
import { useLocale } from '../i18n/LocaleContext.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';
import { HealthLabel } from './HealthLabel.tsx';
import { SortableHeader } from './SortableHeader.tsx';
import type { Direction, SortKey } from './viewCatalog.ts';
import { agencyNames } from '../common/agencyNames.ts';

/**
 * The catalog as a plain table: 200 rows render in a few milliseconds, and a plain table keeps the browser's
 * find-in-page, printing and screen-reader table navigation, which a virtualised list would break.
 */
export function CatalogTable({
  apps,
  total,
  withHealth,
  sort,
  direction,
  onSort,
}: {
  apps: readonly AppSummary[];
  total: number;
  withHealth: boolean;
  sort: SortKey;
  direction: Direction;
  onSort(column: SortKey, direction: Direction): void;
}) {
  const t = useTexts();
  const format = useFormat();
  const { locale } = useLocale();
  const columns: SortKey[] = [
    'name',
    'agency',
    'kind',
    'status',
    ...(withHealth ? (['health'] as const) : []),
    'version',
    'pending',
    'changed',
  ];
  return (
    <ScrollRegion label={t.catalog.tableLabel}>
      <table className="catalog">
        <caption>{t.catalog.caption({ shown: apps.length, total })}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column}
                column={column}
                label={t.catalog.columns[column]}
                sort={sort}
                direction={direction}
                onSort={onSort}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {apps.map((app) => (
            <tr key={app.id}>
              <th scope="row">
                <Link to={`/katalog/${encodeURIComponent(app.id)}`}>{app.name?.[locale] ?? app.id}</Link>
                <span className="secondary">{app.name === null ? t.catalog.unnamed : app.id}</span>
              </th>
              <td>{agencyNames.short(app.agency)}</td>
              <td>{app.kind === null ? t.none : t.kinds[app.kind]}</td>
              <td>
                <span className={`status status-${app.status}`}>{t.statuses[app.status]}</span>
              </td>
              {withHealth && (
                <td>
                  <HealthLabel status={app.health ?? 'unknown'} />
                </td>
              )}
              <td>{app.currentVersion ?? t.none}</td>
              <td>
                {app.latestPendingVersion === null
                  ? t.none
                  : t.catalog.pending({ count: app.pendingVersions, latest: app.latestPendingVersion })}
              </td>
              <td>{format.moment(app.lastChangedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
