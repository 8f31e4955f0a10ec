import type { EvidenceGap, EvidenceService } from '@bas/manifest/evidence';
import type { ServiceScreens } from './captureScreens.ts';

/**
 * What the report finds missing of a service: the registry's gaps (`evidenceGaps`) and the one this tool adds,
 * `no-screenshots`, when a screen of the app could not be shown (blank, the portal's failure box, a sign-in page,
 * or not opened at all). Only when the screenshots were taken: a report made without them claims nothing of them.
 */
export type ReportGap = EvidenceGap | 'no-screenshots';

/**
 * What each gap means, for the report's reader: a column of the summary's table and a sentence on the service's
 * page. One entry per code of `evidenceGaps` and the tool's own, so a gap the registry learns to find fails this
 * file's type check until it is worded here.
 */
export const gapLabels: Record<ReportGap, { column: string; sentence: string }> = {
  'owner-phone': {
    column: 'Telepon penanggung jawab',
    sentence: 'Nomor telepon penanggung jawab belum dicantumkan',
  },
  'uptime-unknown': {
    column: 'Pemeriksaan ketersediaan',
    sentence: 'Belum ada pemeriksaan ketersediaan pada periode ini',
  },
  'no-usage': {
    column: 'Pembukaan tercatat',
    sentence: 'Belum ada pembukaan layanan yang tercatat pada periode ini',
  },
  'no-survey': {
    column: 'Jawaban survei kepuasan',
    sentence: 'Belum ada jawaban survei kepuasan pada periode ini',
  },
  'no-screenshots': {
    column: 'Tangkapan layar',
    sentence:
      'Tangkapan layar belum lengkap: ada tampilan layanan yang tidak dapat ditampilkan (lihat di atas)',
  },
};

/** The service's gaps in the report: the registry's, and `no-screenshots` when `screens` were taken and one failed. */
export function reportGaps(service: EvidenceService, screens: ServiceScreens | undefined): ReportGap[] {
  const noScreens = screens !== undefined && (screens.missing.length > 0 || screens.captured.length === 0);
  return noScreens ? [...service.gaps, 'no-screenshots'] : [...service.gaps];
}
