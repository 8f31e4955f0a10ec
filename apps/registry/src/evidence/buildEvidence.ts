import { findAgency, type ManifestEntry } from '@bas/manifest';
import type { Attempts } from '../slo/sloFigures.ts';
import { satisfactionIndex, type SurveyTotals } from '../survey/satisfactionIndex.ts';
import { surveyElements } from '../survey/surveyElements.ts';
import type { ProbeTotals } from './createEvidenceStore.ts';
import { evidenceSources } from './evidenceSources.ts';
import { evidenceGaps, type Evidence, type EvidenceService } from '@bas/manifest/evidence';
import { gapsOf } from './gapsOf.ts';
import { spbeIndicators } from './spbeIndicators.ts';
import { statementOf } from './statementOf.ts';

/** What the evidence of a period is made of: the active entries and the period's stored figures per app. */
export interface EvidenceInputs {
  period: string;
  generatedAt: string;
  entries: readonly ManifestEntry[];
  uptime: ReadonlyMap<string, ProbeTotals>;
  opensByMonth: ReadonlyMap<string, ReadonlyMap<string, Attempts>>;
  survey: ReadonlyMap<string, SurveyTotals>;
}

/** Four decimals: more than a person reads, and none of the noise of the division (as sloFigures rounds). */
const rounded = (value: number) => Math.round(value * 10_000) / 10_000;
const share = (part: number, whole: number) => (whole === 0 ? null : rounded(part / whole));
const noAnswers: SurveyTotals = { answers: 0, sums: [] };

/** The sums of the answers of several apps: one survey's totals over all their answers. */
function pooled(totals: readonly SurveyTotals[]): SurveyTotals {
  return {
    answers: totals.reduce((sum, { answers }) => sum + answers, 0),
    sums: surveyElements.map((_, index) => totals.reduce((sum, { sums }) => sum + (sums[index] ?? 0), 0)),
  };
}

/**
 * The SPBE evidence of a period from what the registry stores (see evidenceSources for each figure's origin): a
 * service per entry, sorted by indicator and id, and per indicator of the service domain the sums of its services.
 * Computed only: nothing is read here, so the same inputs give the same evidence.
 */
export function buildEvidence(inputs: EvidenceInputs): Evidence {
  const { period } = inputs;
  const months = Array.from({ length: 12 }, (_, index) => `${period}-${String(index + 1).padStart(2, '0')}`);
  const titleOf = new Map(spbeIndicators.map(({ indicator, title }) => [indicator, title]));

  const services = [...inputs.entries]
    .sort((a, b) => a.spbe.indicator - b.spbe.indicator || (a.id < b.id ? -1 : 1))
    .map((entry): EvidenceService & { survey: SurveyTotals } => {
      const probes = inputs.uptime.get(entry.id) ?? { probes: 0, ok: 0 };
      const opens = inputs.opensByMonth.get(entry.id);
      const byMonth = months.map((month) => opens?.get(month) ?? { total: 0, failed: 0 });
      const attempts = byMonth.reduce((sum, { total }) => sum + total, 0);
      const failed = byMonth.reduce((sum, month) => sum + month.failed, 0);
      const survey = inputs.survey.get(entry.id) ?? noAnswers;
      const index = satisfactionIndex(survey);
      const figures = {
        name: entry.name,
        agency: { code: entry.agency, name: findAgency(entry.agency)?.name ?? entry.agency },
        owner: { name: entry.owner.name, email: entry.owner.email, phone: entry.owner.phone ?? null },
        url: {
          portal: `/layanan/${entry.route}`,
          standalone: entry.kind === 'federated' ? (entry.standaloneUrl ?? null) : entry.url,
        },
        uptime: { ...probes, ratio: share(probes.ok, probes.probes) },
        loadSuccess: { attempts, failed, ratio: share(attempts - failed, attempts) },
        satisfaction: { answers: index.answers, ikm: index.ikm, grade: index.grade },
      };
      return {
        id: entry.id,
        ...figures,
        indicator: entry.spbe.indicator,
        applicationType: entry.spbe.applicationType,
        serviceType: entry.spbe.serviceType,
        kind: entry.kind,
        role: entry.role,
        description: entry.description,
        screens: entry.evidence?.screens ?? [],
        apiOrigins: entry.kind === 'federated' ? (entry.apiOrigins ?? []) : [],
        opensByMonth: months.map((month, at) => ({ month, opens: byMonth[at]?.total ?? 0 })),
        complaints: null,
        statement: statementOf(
          titleOf.get(entry.spbe.indicator) ?? `Indikator ${entry.spbe.indicator}`,
          period,
          figures,
        ),
        gaps: gapsOf(figures),
        survey,
      };
    });

  const indicators = spbeIndicators.map(({ indicator, title, aspect }) => {
    const own = services.filter((service) => service.indicator === indicator);
    const probes = own.reduce((sum, { uptime }) => sum + uptime.probes, 0);
    const ok = own.reduce((sum, { uptime }) => sum + uptime.ok, 0);
    const completeness =
      own.length === 0
        ? 0
        : own.reduce((sum, { gaps }) => sum + 1 - gaps.length / evidenceGaps.length, 0) / own.length;
    return {
      indicator,
      title,
      aspect,
      services: own.length,
      uptime: share(ok, probes),
      opens: own.reduce((sum, { loadSuccess }) => sum + loadSuccess.attempts, 0),
      ikm: satisfactionIndex(pooled(own.map(({ survey }) => survey))).ikm,
      completeness: rounded(completeness),
    };
  });

  return {
    period,
    generatedAt: inputs.generatedAt,
    sources: evidenceSources,
    indicators,
    // The survey's sums served the indicators' index; the evidence shows each service's index alone.
    services: services.map(({ survey: _survey, ...service }) => service),
  };
}
