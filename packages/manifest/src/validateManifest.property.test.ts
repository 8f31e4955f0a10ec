import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validEntry } from './testEntries.fixture.ts';
import { validateEntry } from './validateManifest.ts';

const fields = Object.keys(validEntry());
// Fields an entry may leave out; every other one is required (integrity too, in production).
const optional = new Set(['requiresLogin']);

/** Values of every JSON kind; the one that would be valid (a boolean for requiresLogin) is filtered out below. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.string({ maxLength: 3 }).map((s) => `${s} \u0000`),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** A valid entry broken in one of the ways developers break entries. */
const brokenEntry = fc.oneof(
  fc
    .record({ field: fc.constantFrom(...fields), value: wrongValue })
    .filter(({ field, value }) => !(field === 'requiresLogin' && typeof value === 'boolean'))
    .map(({ field, value }) => ({
      ...validEntry(),
      [field]: value,
    })),
  fc
    .constantFrom(...fields.filter((field) => !optional.has(field)))
    .map((field) => Object.fromEntries(Object.entries(validEntry()).filter(([key]) => key !== field))),
  fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((key) => !fields.includes(key) && key !== '__proto__')
    .map((key) => ({ ...validEntry(), [key]: 'extra' })),
);

describe('validateEntry on generated bad entries', () => {
  it('rejects each with the path of what is wrong, and never throws', () => {
    fc.assert(
      fc.property(brokenEntry, (entry) => {
        const result = validateEntry(entry);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.path).not.toBe('');
          expect(issue.message.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateEntry(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
