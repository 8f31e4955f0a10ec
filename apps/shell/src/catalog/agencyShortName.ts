import { findAgency } from '@bas/manifest/agencies';

/** "Disdukcapil" for "disdukcapil": the short name people know an agency by. */
export function agencyShortName(code: string): string {
  return findAgency(code)?.short ?? code;
}
