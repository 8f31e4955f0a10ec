import { Button, EmptyState } from '@bas/ui/react';
import { Link } from 'react-router';
import { evidenceGaps, type Evidence } from '../api/registryApi.ts';
import { FilterSelect } from '../catalog/FilterSelect.tsx';
import { useLocale } from '../i18n/LocaleContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { servicesLacking, type SpbeView } from './spbeView.ts';

/**
 * "Yang masih kurang": each service whose evidence lacks something, linked to its page in the console, with each
 * gap said in words and what to do about it; filtered by indicator and by kind of gap.
 */
export function GapsList({
  evidence,
  view,
  onChange,
}: {
  evidence: Evidence;
  view: SpbeView;
  onChange(next: Partial<SpbeView>): void;
}) {
  const t = useTexts();
  const { locale } = useLocale();
  const total = servicesLacking(evidence.services, { indicator: '', gap: '' }).length;
  const shown = servicesLacking(evidence.services, view);
  if (evidence.services.length === 0) return <EmptyState title={t.spbe.noActive} />;
  if (total === 0) return <EmptyState title={t.spbe.complete} />;
  return (
    <>
      <form
        className="filters spbe-filters"
        aria-label={t.spbe.filters}
        onSubmit={(event) => event.preventDefault()}
      >
        <FilterSelect
          label={t.spbe.indicator}
          allLabel={t.spbe.all}
          options={evidence.indicators.map(({ indicator, title }) => ({
            value: String(indicator),
            label: t.spbe.indicatorOption({ indicator, title }),
          }))}
          value={view.indicator}
          onChange={(indicator) => onChange({ indicator })}
        />
        <FilterSelect
          label={t.spbe.gapKind}
          allLabel={t.spbe.all}
          options={evidenceGaps.map((gap) => ({ value: gap, label: t.spbe.gaps[gap].label }))}
          value={view.gap}
          onChange={(gap) => onChange({ gap: gap as SpbeView['gap'] })}
        />
        <Button variant="secondary" onClick={() => onChange({ indicator: '', gap: '' })}>
          {t.spbe.reset}
        </Button>
      </form>
      <p role="status">{t.spbe.gapsCount({ shown: shown.length, total })}</p>
      {shown.length === 0 ? (
        <EmptyState title={t.spbe.noMatch} />
      ) : (
        <ul className="spbe-gaps">
          {shown.map(({ service, gaps }) => (
            <li key={service.id}>
              <h3>
                <Link to={`/katalog/${encodeURIComponent(service.id)}`}>{service.name[locale]}</Link>
              </h3>
              <p className="secondary">
                {t.spbe.serviceOf({ indicator: service.indicator, agency: service.agency.name })}
                <br />
                {t.spbe.owner({ name: service.owner.name, email: service.owner.email })}
              </p>
              <ul aria-label={t.spbe.gapsOf({ name: service.name[locale] })}>
                {gaps.map((gap) => (
                  <li key={gap}>
                    <p className="gap-missing">{t.spbe.gaps[gap].missing}</p>
                    <p>
                      <span className="gap-to-do">{t.spbe.toDo}</span> {t.spbe.gaps[gap].toDo}
                    </p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
