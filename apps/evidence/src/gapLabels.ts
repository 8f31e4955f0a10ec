import type { EvidenceGap } from '@bas/manifest/evidence';

/**
 * What each gap the registry finds means, for the report's reader: a column of the summary's table and a
 * sentence on the service's page. One entry per code of `evidenceGaps`, so a gap the registry learns to find
 * fails this file's type check until it is worded here.
 */
export const gapLabels: Record<EvidenceGap, { column: string; sentence: string }> = {
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
};
