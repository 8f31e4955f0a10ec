import fc from 'fast-check';
import { text, valueOf, type JsonSchema, type KnownValues } from './valuesFromJsonSchema.ts';

interface Parameter {
  in: string;
  name: string;
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
}

/** Every operation (path × method) the document declares. */
export function operationsOf(document: unknown): Operation[] {
  return Object.entries((document as OpenApiDocument).paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content?.['application/json']?.schema,
    })),
  );
}

/** One request as generated: the caller by name, so that a counterexample reads as who sent what. */
export interface FuzzRequest {
  caller: string;
  /** The client's address: the telemetry route counts batches per address. */
  from: string;
  method: string;
  url: string;
  contentType?: string | undefined;
  contentEncoding?: string | undefined;
  body?: string | undefined;
}

export interface Vocabulary {
  /**
   * What one request is about: the values the registry knows, all of one app (its id, agency, versions), so that a
   * request naming an agency and an app names the app's own agency often enough to get past the checks. Drawn from
   * a fixed list (`fc.constantFrom`), so that each subject's arbitraries are built once.
   */
  subjects: fc.Arbitrary<KnownValues>;
  /**
   * Names of the callers the test can send as about the subject: anonymous and each role as `valid`, those who may
   * change the subject (its agency's developer, an admin) as `privileged`, tokens and headers that must be refused
   * as `broken`.
   */
  callers: (known: KnownValues) => {
    valid: readonly string[];
    privileged: readonly string[];
    broken: readonly string[];
  };
  /**
   * Whole bodies that the service accepts about the subject, or nearly, of each shape the routes take (an entry, an
   * upload, a rollback): without them, hardly a write would succeed. Each operation uses those that fit its schema.
   */
  documents: (known: KnownValues) => ReadonlyArray<fc.Arbitrary<unknown>>;
}

/** Segments that trip up routers and decoders, put into the address as they are (not encoded again). */
const rawSegments = [
  '',
  '.',
  '..',
  '%',
  '%zz',
  '%2e%2e',
  '%2F',
  '%00',
  '%%',
  '%E0%A4%A',
  '%C0%AF',
  '..%2F..%2Fetc',
];
/** Numbers at and past the edges a parser or a database column has. */
const boundaries = ['0', '-1', '1', '2147483647', '2147483648', '9007199254740993', '1e308', '-1e308', 'NaN'];
const moreBoundaries = ['Infinity', '', 'true', 'null', '[]', '1.5', '0x10', ' 1', '١٢'];
const rawQueries = [
  '',
  '?',
  '?&&',
  '?=',
  '?%',
  '?a[b]=1',
  '?limit[]=1',
  '?__proto__[x]=1',
  '?constructor[prototype]=1',
];
const jsonTypes = ['application/json', 'application/json; charset=utf-8'];
const otherTypes = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/csp-report',
  'application/reports+json',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/octet-stream',
  'garbage',
  '',
];

const loneSurrogate = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;
/** Half a character as a broken client sends it in an address: its code unit's three UTF-8 bytes, not valid UTF-8. */
const halfCharacter = (unit: string) => {
  const code = unit.charCodeAt(0);
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`)
    .join('');
};
/** Text for an address: percent-encoded (`encode`), or as it is, but never a lone surrogate, which no URL holds. */
const inAddress = (value: unknown, encode = true) =>
  String(value)
    .split(loneSurrogate)
    .map((part, index) => (index % 2 === 1 ? halfCharacter(part) : encode ? encodeURIComponent(part) : part))
    .join('');
const encoded = (value: unknown) => inAddress(value);
const stringified = (value: unknown) => JSON.stringify(value) ?? 'null';

function pathSegment(parameter: Parameter, known: KnownValues): fc.Arbitrary<string> {
  const values = known[parameter.name] ?? [];
  return fc.oneof(
    ...(values.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...values).map(encoded) }] : []),
    { weight: 2, arbitrary: valueOf(parameter.schema ?? {}).map(encoded) },
    { weight: 2, arbitrary: text(300).map(encoded) },
    { weight: 1, arbitrary: fc.string({ minLength: 40, maxLength: 300 }).map(encoded) },
    { weight: 1, arbitrary: fc.constantFrom(...rawSegments, ...boundaries) },
  );
}

function queryString(operation: Operation, known: KnownValues): fc.Arbitrary<string> {
  const declared = operation.parameters.filter((parameter) => parameter.in === 'query');
  const value = (parameter: Parameter) =>
    fc.oneof(
      valueOf(parameter.schema ?? {}, known).map(String),
      fc.constantFrom(...boundaries, ...moreBoundaries),
      text(60),
    );
  const built = fc
    .tuple(
      fc.tuple(
        ...declared.map((parameter) =>
          fc.option(
            value(parameter).map((chosen): [string, string] => [parameter.name, chosen]),
            { freq: 3 },
          ),
        ),
      ),
      fc.array(fc.tuple(text(12), text(30)), { maxLength: 2 }),
      // A declared key twice (`limit=1&limit=2`) arrives as an array, which no schema expects.
      fc.boolean(),
      fc.boolean(),
    )
    .map(([chosen, unknown, twice, raw]) => {
      const pairs = [...chosen.filter((pair) => pair !== null), ...unknown];
      const first = pairs[0];
      if (twice && first !== undefined) pairs.push(first);
      const code = (part: string) => inAddress(part, !raw);
      const query = pairs.map(([key, chosenValue]) => `${code(key)}=${code(chosenValue)}`);
      return query.length === 0 ? '' : `?${query.join('&')}`;
    });
  return fc.oneof({ weight: 6, arbitrary: built }, { weight: 1, arbitrary: fc.constantFrom(...rawQueries) });
}

/** `{"a":{"a":…}}` or `[[…]]` thousands of levels deep, at a declared property when there is one. */
function deeplyNested(schema: JsonSchema | undefined): fc.Arbitrary<string> {
  const names = Object.keys(schema?.properties ?? {});
  return fc
    .tuple(fc.integer({ min: 1, max: 12_000 }), fc.constantFrom('[', '{"a":'), fc.constantFrom('', ...names))
    .map(([depth, open, name]) => {
      const deep = `${open.repeat(depth)}null${(open === '[' ? ']' : '}').repeat(depth)}`;
      return name === '' ? deep : `{${JSON.stringify(name)}:${deep}}`;
    });
}

/** A key that could change what objects inherit, put first into an otherwise shaped body. */
function withPrototypeKey(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const keys = [
    '"__proto__":{"admin":true}',
    '"__proto__":null',
    '"constructor":{"prototype":{"admin":true}}',
    '"x":[{"__proto__":[]}]',
  ];
  return fc.tuple(shaped.map(stringified), fc.constantFrom(...keys)).map(([json, key]) => {
    if (json === '{}') return `{${key}}`;
    return json.startsWith('{') ? `{${key},${json.slice(1)}` : `{${key},"value":${json}}`;
  });
}

/** Odd values to put in place of a good one: edges of numbers and strings, other types. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, 1e308, -1e308, 5e-324, '', ' ', 'NaN', '1e308', '../..', '%00'),
  text(300),
);

type Key = string | number;

/** Every place in a value where a property or an item is: `[]` is the value itself. */
function placesIn(value: unknown, at: Key[] = []): Key[][] {
  if (typeof value !== 'object' || value === null) return [at];
  const entries: Array<[Key, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return [at, ...entries.flatMap(([key, child]) => placesIn(child, [...at, key]))];
}

/** A copy of `document` with the value at `place` replaced or removed, or an odd property added there. */
function changeAt(document: unknown, place: Key[], change: string, value: unknown, newKey: string): unknown {
  if (place.length === 0) {
    const isRecord = typeof document === 'object' && document !== null && !Array.isArray(document);
    return change === 'add' && isRecord ? { ...document, [newKey]: value } : value;
  }
  const copy = structuredClone(document) as Record<Key, unknown>;
  const parent = place
    .slice(0, -1)
    .reduce<Record<Key, unknown>>((at, key) => at[key] as Record<Key, unknown>, copy);
  const key = place.at(-1) ?? '';
  if (change !== 'remove') parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else Reflect.deleteProperty(parent, key);
  return copy;
}

/**
 * A document with one value anywhere in it (`name.en`, `exposes.0.assets`) replaced by an odd one or removed, or
 * with an odd property added: what gets past the first checks of a route and finds the code that trusts them.
 */
export function mutated(documents: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return documents.chain((document) =>
    fc
      .tuple(
        fc.constantFrom(...placesIn(document)),
        fc.constantFrom('replace', 'remove', 'add'),
        oddValue,
        text(20),
      )
      .map(([place, change, value, newKey]) => changeAt(document, place, change, value, newKey)),
  );
}

function bodyText(operation: Operation, known: KnownValues, documents: fc.Arbitrary<unknown>) {
  const shaped = operation.body === undefined ? fc.jsonValue() : valueOf(operation.body, known);
  return fc.oneof(
    { weight: 4, arbitrary: shaped.map(stringified) },
    { weight: 2, arbitrary: documents.map(stringified) },
    { weight: 2, arbitrary: mutated(documents).map(stringified) },
    { weight: 2, arbitrary: fc.jsonValue().map(stringified) },
    { weight: 1, arbitrary: withPrototypeKey(shaped) },
    { weight: 1, arbitrary: deeplyNested(operation.body) },
    // Not JSON: text, and JSON cut short.
    { weight: 1, arbitrary: text(200) },
    {
      weight: 1,
      arbitrary: shaped
        .map(stringified)
        .chain((json) => fc.nat({ max: json.length }).map((end) => json.slice(0, end))),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'null', '\uFEFF{}', '""', '[]', '{"a":1}{"b":2}') },
    // Past the 64 KB the registry reads in most bodies.
    { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 70_000 }).map((n) => `{"x":"${'x'.repeat(n)}"}`) },
  );
}

function body(operation: Operation, known: KnownValues, documents: fc.Arbitrary<unknown>) {
  const sent = fc.record({
    contentType: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...jsonTypes) },
      { weight: 1, arbitrary: fc.constantFrom(...otherTypes) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    // Rarely: a body said to be compressed that is not, or in an encoding the registry does not read.
    contentEncoding: fc.oneof(
      { weight: 12, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('gzip', 'br', 'deflate', 'identity', 'x-unknown') },
    ),
    body: bodyText(operation, known, documents),
  });
  const none = fc.constant({});
  // Only the methods that carry bodies get one; those that take none get one now and then all the same.
  if (operation.method === 'GET') return none;
  return fc.oneof(
    { weight: 1, arbitrary: none },
    { weight: operation.body === undefined ? 1 : 6, arbitrary: sent },
  );
}

/** Whether a value has the required properties, and no undeclared ones where none are allowed, of a schema's branch. */
function fits(value: unknown, schema: JsonSchema): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return (schema.oneOf ?? schema.anyOf ?? [schema]).some(
    (branch) =>
      (branch.required ?? []).every((key) => key in value) &&
      (branch.additionalProperties !== false ||
        Object.keys(value).every((key) => Object.hasOwn(branch.properties ?? {}, key))),
  );
}

/** The documents of the operation's body's shape, told by one sample of each; undefined when none fits. */
function documentsFor(operation: Operation, documents: ReadonlyArray<fc.Arbitrary<unknown>>) {
  const schema = operation.body;
  if (schema === undefined) return undefined;
  const fitting = documents.filter((document) =>
    fits(fc.sample(document, { numRuns: 1, seed: 1 })[0], schema),
  );
  return fitting.length === 0 ? undefined : fc.oneof(...fitting);
}

/** A well-formed request: known values in the path, declared values in the query, a JSON body of the shape. */
function wellFormed(operation: Operation, known: KnownValues, documents: fc.Arbitrary<unknown> | undefined) {
  const segment = (parameter: Parameter) => {
    const values = known[parameter.name] ?? [];
    return values.length > 0 ? fc.constantFrom(...values) : valueOf(parameter.schema ?? {});
  };
  const query = fc.tuple(
    ...operation.parameters
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) =>
        valueOf(parameter.schema ?? {}, known).map((value) => `${parameter.name}=${encoded(value)}`),
      ),
  );
  const shaped = operation.body === undefined ? undefined : valueOf(operation.body, known);
  return fc.record({
    segments: fc.tuple(...pathParameters(operation).map((parameter) => segment(parameter).map(encoded))),
    query,
    sent:
      shaped === undefined || operation.method === 'GET'
        ? fc.constant({})
        : fc
            .oneof(
              { weight: 3, arbitrary: documents ?? shaped },
              { weight: 2, arbitrary: mutated(documents ?? shaped) },
              { weight: 1, arbitrary: shaped },
            )
            .map((value) => ({ contentType: 'application/json', body: stringified(value) })),
  });
}

const pathParameters = (operation: Operation) =>
  operation.parameters.filter((parameter) => parameter.in === 'path');

/**
 * Requests for one operation of the document. Most mix, part by part, values the registry knows, values of the
 * declared shape, edge values and junk, from any caller; a quarter are well-formed throughout, so that writes get
 * past validation and the checks after it (who may, what exists) are fuzzed too.
 */
export function requestsFor(operation: Operation, vocabulary: Vocabulary): fc.Arbitrary<FuzzRequest> {
  const parameters = pathParameters(operation);
  const fill = (segments: readonly string[]) =>
    segments.reduce(
      (filled, segment, index) => filled.replace(`{${parameters[index]?.name ?? ''}}`, segment),
      operation.path,
    );
  // Built once per subject: building the arbitraries of a large schema on every request costs more than sending it.
  const bySubject = new Map<KnownValues, fc.Arbitrary<FuzzRequest>>();
  const build = (known: KnownValues) => {
    const callers = vocabulary.callers(known);
    const documents = documentsFor(operation, vocabulary.documents(known));
    // Any operation may be sent another's document; one that fits its own is sent it more often.
    const anyDocument = documents ?? fc.oneof(...vocabulary.documents(known));
    const mixed = fc.record({
      caller: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...callers.valid) },
        { weight: 1, arbitrary: fc.constantFrom(...callers.broken) },
      ),
      url: fc
        .tuple(
          fc.tuple(...parameters.map((parameter) => pathSegment(parameter, known))),
          queryString(operation, known),
        )
        .map(([segments, query]) => fill(segments) + query),
      sent: body(operation, known, anyDocument),
    });
    const formed = fc
      .record({
        caller: fc.oneof(fc.constantFrom(...callers.valid), fc.constantFrom(...callers.privileged)),
        parts: wellFormed(operation, known, documents),
      })
      .map(({ caller, parts: { segments, query, sent } }) => ({
        caller,
        url: fill(segments) + (query.length === 0 ? '' : `?${query.join('&')}`),
        sent,
      }));
    return fc
      .tuple(
        fc.oneof({ weight: 3, arbitrary: mixed }, { weight: 1, arbitrary: formed }),
        // Mostly many addresses, so that the per-address rate limit stops a few requests, not nearly all of them.
        fc.oneof(
          { weight: 1, arbitrary: fc.constant('127.0.0.1') },
          { weight: 8, arbitrary: fc.ipV4() },
          { weight: 1, arbitrary: fc.ipV6() },
        ),
      )
      .map(([{ caller, url, sent }, from]) => ({ caller, from, method: operation.method, url, ...sent }));
  };
  return vocabulary.subjects.chain((known) => {
    const built = bySubject.get(known) ?? build(known);
    bySubject.set(known, built);
    return built;
  });
}
