import { evidenceGaps, type EvidenceGap, type EvidenceService } from '../api/registryApi.ts';

/** What the page shows, as its address keeps it: `?periode=2026&indikator=45&kekurangan=owner-phone`. */
export interface SpbeView {
  /** A UTC year, as the registry counts its periods. */
  period: string;
  /** `32` to `47`, or `''` for every indicator. */
  indicator: string;
  gap: EvidenceGap | '';
}

/** The years offered: this one (UTC, as the registry counts them) and the two before it, the newest first. */
export function periodsOffered(now = new Date()): string[] {
  const year = now.getUTCFullYear();
  return [year, year - 1, year - 2].map(String);
}

const isGap = (value: string): value is EvidenceGap => (evidenceGaps as readonly string[]).includes(value);

/** The view in the address; anything not offered there (an old link, a typo) reads as this year and no filter. */
export function readSpbeView(params: URLSearchParams, periods: readonly string[]): SpbeView {
  const period = params.get('periode') ?? '';
  const indicator = params.get('indikator') ?? '';
  const gap = params.get('kekurangan') ?? '';
  return {
    period: periods.includes(period) ? period : (periods[0] ?? period),
    indicator: /^(3[2-9]|4[0-7])$/.test(indicator) ? indicator : '',
    gap: isGap(gap) ? gap : '',
  };
}

/** The address's parameters for a view: the period always, so a link says which year it shows. */
export function writeSpbeView({ period, indicator, gap }: SpbeView): Record<string, string> {
  return {
    periode: period,
    ...(indicator === '' ? {} : { indikator: indicator }),
    ...(gap === '' ? {} : { kekurangan: gap }),
  };
}

/** A service whose evidence lacks something, with the gaps the view shows. */
export interface Lacking {
  service: EvidenceService;
  gaps: readonly EvidenceGap[];
}

/**
 * The services whose evidence lacks something, in the registry's order (by indicator, then id), of the view's
 * indicator; filtered by a kind of gap, each shows that gap only: the list is then that one errand's to-do list.
 */
export function servicesLacking(
  services: readonly EvidenceService[],
  { indicator, gap }: Pick<SpbeView, 'indicator' | 'gap'>,
): Lacking[] {
  return services
    .filter((service) => service.gaps.length > 0)
    .filter((service) => indicator === '' || String(service.indicator) === indicator)
    .filter((service) => gap === '' || service.gaps.includes(gap))
    .map((service) => ({ service, gaps: gap === '' ? service.gaps : [gap] }));
}
