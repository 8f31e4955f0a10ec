/** What a schema wanted, as a person would say it. */
const expectedNames: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** What a JSON value is, as a person would say it. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * A field of the wrong type, said as such (`must be a string (got a number)`) rather than as missing; shared by the
 * manifest's validation and the registry's answers to bad request bodies.
 */
export function wrongTypeMessage(expected: string, value: unknown): string {
  return `must be ${expectedNames[expected] ?? expected} (got ${describe(value)})`;
}
