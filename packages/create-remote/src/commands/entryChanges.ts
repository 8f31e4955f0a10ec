import { isDeepStrictEqual } from 'node:util';

const shown = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/**
 * What changes from one catalog entry to the next, a line per field (nested objects by their path):
 * `name.id: "Antrean Online Disdukcapil" → "Layanan Saya"`.
 */
export function entryChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix = '',
): string[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.flatMap((field) => {
    const [was, is] = [before[field], after[field]];
    if (isDeepStrictEqual(was, is)) return [];
    const plain = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
    if (plain(was) && plain(is)) {
      return entryChanges(
        was as Record<string, unknown>,
        is as Record<string, unknown>,
        `${prefix}${field}.`,
      );
    }
    return [`${prefix}${field}: ${shown(was)} → ${shown(is)}`];
  });
}
