import { findAgency } from '@bas/manifest/agencies';

/**
 * How the console names an agency: tables give the acronym people use ("Disdukcapil"), an app's page the full name
 * with it ("Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)"). A code the city's list lacks is shown as it is.
 */
export const agencyNames = {
  short: (code: string) => findAgency(code)?.short ?? code,
  full: (code: string) => {
    const agency = findAgency(code);
    return agency === undefined ? code : `${agency.name} (${agency.short})`;
  },
};
