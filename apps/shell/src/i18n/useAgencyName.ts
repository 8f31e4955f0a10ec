import { findAgency } from '@bas/manifest/agencies';
import { useTexts } from './useTexts.ts';

/** An agency's full name in the current language with the acronym people know it by: "Transport Office (Dishub)". */
export function useAgencyName(): (code: string) => string {
  const t = useTexts();
  return (code) => {
    const agency = findAgency(code);
    if (agency === undefined) return code;
    return `${t.agencyNames[code] ?? agency.name} (${agency.short})`;
  };
}
