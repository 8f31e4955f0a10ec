import { Button, EmptyState } from '@bas/ui/react';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useLocale } from '../i18n/LocaleContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { PageHeading } from '../layout/PageHeading.tsx';
import { PublishHint } from '../layout/PublishHint.tsx';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { useLoad } from '../common/useLoad.ts';
import { CatalogTable } from './CatalogTable.tsx';
import { FilterSelect } from './FilterSelect.tsx';
import { readCatalogView, viewCatalog, type CatalogView } from './viewCatalog.ts';
import { agencyNames } from '../common/agencyNames.ts';

/** "Katalog": every app an admin may see, or a developer's agency's, filtered and sorted in the browser. */
export function CatalogPage() {
  const t = useTexts();
  const { locale } = useLocale();
  const { registry, user } = useConsole();
  const [params, setParams] = useSearchParams();
  const catalog = useLoad(useCallback((signal: AbortSignal) => registry.listApps(signal), [registry]));
  const view = useMemo(() => readCatalogView(params), [params]);
  const apps = catalog.data;
  const shown = useMemo(
    () => (apps === undefined ? [] : viewCatalog(apps, view, locale)),
    [apps, view, locale],
  );
  const agencies = useMemo(() => [...new Set(apps?.map((app) => app.agency))].sort(), [apps]);
  // The monitor's verdict is a column and a filter only once the registry sends it.
  const withHealth = apps?.some((app) => app.health !== undefined) === true;

  const change = (next: Partial<CatalogView>) => {
    const merged = { ...view, ...next };
    setParams(
      Object.fromEntries(
        Object.entries(merged).filter(([key, value]) => value !== '' && !isDefault(key, value)),
      ),
      { replace: true },
    );
  };
  const options = <Key extends string>(labels: Record<Key, string>) =>
    (Object.keys(labels) as Key[]).map((value) => ({ value, label: labels[value] }));
  return (
    <>
      <PageHeading text={t.catalog.title} />
      <p>
        {user.isAdmin
          ? t.catalog.introAdmin
          : t.catalog.introDeveloper({ agency: agencyNames.full(user.agency ?? '?') })}
      </p>
      {!user.isAdmin && <PublishHint />}
      {catalog.error !== undefined && <RegistryErrorNotice error={catalog.error} onRetry={catalog.reload} />}
      {apps === undefined && catalog.error === undefined && <p role="status">{t.catalog.loading}</p>}
      {apps !== undefined && apps.length === 0 && <EmptyState title={t.catalog.noApps} />}
      {apps !== undefined && apps.length > 0 && (
        <>
          <form
            className="filters"
            aria-label={t.catalog.filters}
            onSubmit={(event) => event.preventDefault()}
          >
            {user.isAdmin && (
              <FilterSelect
                label={t.catalog.agency}
                allLabel={t.catalog.all}
                options={agencies.map((agency) => ({ value: agency, label: agencyNames.short(agency) }))}
                value={view.agency}
                onChange={(agency) => change({ agency })}
              />
            )}
            <FilterSelect
              label={t.catalog.kind}
              allLabel={t.catalog.all}
              options={options(t.kinds)}
              value={view.kind}
              onChange={(kind) => change({ kind })}
            />
            <FilterSelect
              label={t.catalog.status}
              allLabel={t.catalog.all}
              options={options(t.statuses)}
              value={view.status}
              onChange={(status) => change({ status })}
            />
            {withHealth && (
              <FilterSelect
                label={t.catalog.health}
                allLabel={t.catalog.all}
                options={options(t.health)}
                value={view.health}
                onChange={(health) => change({ health })}
              />
            )}
            <Button
              variant="secondary"
              onClick={() => change({ agency: '', kind: '', status: '', health: '' })}
            >
              {t.catalog.reset}
            </Button>
          </form>
          {shown.length === 0 ? (
            <EmptyState title={t.catalog.empty} />
          ) : (
            <CatalogTable
              apps={shown}
              total={apps.length}
              withHealth={withHealth}
              sort={view.sort}
              direction={view.direction}
              onSort={(sort, direction) => change({ sort, direction })}
            />
          )}
        </>
      )}
    </>
  );
}

/** The default order stays out of the address, so a plain "/katalog" is the same page as the one sorted by name. */
const isDefault = (key: string, value: string) =>
  (key === 'sort' && value === 'name') || (key === 'direction' && value === 'ascending');
