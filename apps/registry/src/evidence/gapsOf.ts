import type { EvidenceGap, EvidenceService } from '@bas/manifest/evidence';

/** What a service's evidence lacks (see evidenceGaps), in the order of evidenceGaps. */
export function gapsOf(
  service: Pick<EvidenceService, 'owner' | 'uptime' | 'loadSuccess' | 'satisfaction'>,
): EvidenceGap[] {
  const gaps: EvidenceGap[] = [];
  if (service.owner.phone === null) gaps.push('owner-phone');
  if (service.uptime.probes === 0) gaps.push('uptime-unknown');
  if (service.loadSuccess.attempts === 0) gaps.push('no-usage');
  if (service.satisfaction.answers === 0) gaps.push('no-survey');
  return gaps;
}
