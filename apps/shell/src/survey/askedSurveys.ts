const storageKey = 'bas.survey-asked';
// A kiosk shared by many people keeps a bounded list; the oldest asks go first.
const maxKept = 500;
// Kept for the page as well: with storage full or disabled, a person is still asked once a visit, not at every
// transaction.
const askedOnThisPage = new Set<string>();

function stored(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Who was asked about which service in which year, on this device (localStorage), as `<year>:<person>:<app id>`.
 * Only the current year's asks are kept: a past year's never stops this year's.
 */
export const askedSurveys = {
  has(key: string): boolean {
    return askedOnThisPage.has(key) || stored().includes(key);
  },
  add(key: string, year: string): void {
    askedOnThisPage.add(key);
    const thisYear = stored().filter((kept) => kept.startsWith(`${year}:`) && kept !== key);
    try {
      localStorage.setItem(storageKey, JSON.stringify([...thisYear, key].slice(-maxKept)));
    } catch {
      // Storage full or disabled: remembered for this page only.
    }
  },
};
