import fc from 'fast-check';

/** The part of JSON Schema the registry's OpenAPI document uses (zod's output, no `$ref`s). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/**
 * Values the running registry knows, by the name of the parameter or property that takes them (`id`, `version`,
 * `tokenId`): random strings would almost never name a real app, so every request would stop at "not found".
 */
export type KnownValues = Record<string, readonly string[]>;

/** Any text: whole characters of every script, and now and then half of one (a lone surrogate), as JSON can carry. */
export const text = (maxLength: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
  );

/** Arbitraries of patterns, made once: reading a pattern as long as the date-time one takes milliseconds. */
const matching = new Map<string, fc.Arbitrary<string> | undefined>();

function matchingPattern(pattern: string): fc.Arbitrary<string> | undefined {
  if (!matching.has(pattern)) {
    try {
      matching.set(pattern, fc.stringMatching(new RegExp(pattern)));
    } catch {
      // A pattern fast-check cannot read is generated as a plain string: rougher, still a string.
      matching.set(pattern, undefined);
    }
  }
  return matching.get(pattern);
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  const matches = schema.pattern === undefined ? undefined : matchingPattern(schema.pattern);
  if (matches !== undefined) return matches;
  if (schema.format === 'date-time') {
    return fc
      .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
      .map((date) => date.toISOString());
  }
  if (schema.format === 'uri') return fc.webUrl();
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 20, 40)) });
}

function objectOf(schema: JsonSchema, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => {
      const shaped = valueOf(property, known, depth + 1);
      const values = known[name];
      return [name, values === undefined ? shaped : fc.oneof(fc.constantFrom(...values), shaped)];
    }),
  );
  const declared = fc.record(properties, { requiredKeys: schema.required ?? [] });
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object') return declared;
  return fc
    .tuple(declared, fc.dictionary(text(12), valueOf(extra, known, depth + 1), { maxKeys: 3 }))
    .map(([fields, more]) => ({ ...more, ...fields }));
}

/** A value of roughly the schema's shape: the declared properties and types, the patterns where they are readable. */
export function valueOf(schema: JsonSchema, known: KnownValues = {}, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf ?? schema.allOf?.slice(0, 1);
  if (choices !== undefined) return fc.oneof(...choices.map((choice) => valueOf(choice, known, depth)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => valueOf({ ...schema, type }, known, depth)));
  }
  // Past a few levels only scalars: the document has no recursion, and deep bodies are made on purpose elsewhere.
  if (depth > 6) return fc.jsonValue({ maxDepth: 0 });
  switch (schema.type ?? (schema.properties === undefined ? undefined : 'object')) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1e6, Number.MIN_SAFE_INTEGER),
        max: Math.min(schema.maximum ?? 1e6, Number.MAX_SAFE_INTEGER),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(valueOf(schema.items ?? {}, known, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)),
      });
    }
    case 'object':
      return objectOf(schema, known, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
