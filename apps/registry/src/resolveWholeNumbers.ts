/**
 * Options that are whole numbers of at least 1, with their defaults: the option left out takes its default, any
 * other value that is not such a number stops the start with a message naming it (`what` says whose option it is,
 * `telemetry`).
 */
export function resolveWholeNumbers<Key extends string>(
  what: string,
  defaults: Readonly<Record<Key, number>>,
  options: Partial<Record<Key, number | undefined>>,
): Record<Key, number> {
  const resolved: Record<Key, number> = { ...defaults };
  for (const key of Object.keys(defaults) as Key[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(
        `The ${what} option ${key} must be a whole number of at least 1; got ${String(value)}. Leave it out for the default, ${defaults[key]}.`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}
