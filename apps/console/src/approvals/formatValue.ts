/**
 * A field's value as a reviewer reads it: text as it is, a list as its items, anything else as compact JSON;
 * `undefined` for a field that is absent on that side.
 */
export function formatValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map(String).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
