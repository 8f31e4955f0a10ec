import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { users, type TestUser } from './support/startIdentityProvider.ts';
import { seed, seedEntry, startTestRegistry } from './support/startTestRegistry.ts';
import {
  operationsOf,
  requestsFor,
  type FuzzRequest,
  type Vocabulary,
  mutated,
} from './support/requestsFromOpenApi.ts';

/** Requests per operation: enough to reach the rare mixes (a known app, an admin, a shaped body) many times. */
const runsPerOperation = 2000;
/** An in-process answer takes milliseconds; one that takes this long is hanging. */
const answerWithinMs = 2000;

// Started at collection, not in a hook: the operations to test are read from the running registry's own document.
const registry = await startTestRegistry('sqlite');
afterAll(() => registry.close());
const operations = operationsOf((await registry.call('GET', '/api/openapi.json')).json());

// A publish token of a real app, so that CI's kind of caller is fuzzed too.
const ownApp = seed.find((entry) => entry.agency === users.devDisdukcapil.agency);
if (ownApp === undefined) throw new Error('the seed catalog has no app of disdukcapil');
const made = await registry.call('POST', `/api/apps/${ownApp.id}/publish-tokens`, {
  as: users.devDisdukcapil,
  body: { label: 'fuzz' },
});
if (made.status !== 201) throw new Error(`no publish token for the fuzz: ${made.status} ${made.body}`);
const publishToken = made.json() as { id: string; token: string };

// Signed once for the whole run, valid for longer than it lasts.
const bearer = async (user: TestUser, options: Parameters<typeof registry.idp.sign>[1] = {}) =>
  `Bearer ${await registry.idp.sign(user, { expiresIn: '1h', ...options })}`;
/** Who may be signed in: anonymous, each role through each kind of client, and CI with a publish token. */
const people: Record<string, string | undefined> = {
  anonymous: undefined,
  citizen: await bearer(users.warga),
  'civil servant': await bearer(users.asnDisdukcapil),
  admin: await bearer(users.admin),
  'admin in the console': await bearer(users.admin, { claims: { azp: 'bas-console' } }),
  'citizen in the portal': await bearer(users.warga, { claims: { azp: 'bas-shell' } }),
  "civil servant in an agency's app": await bearer(users.asnDisdukcapil, { claims: { azp: 'bas-portal' } }),
  [`publish token of ${ownApp.id}`]: `Bearer ${publishToken.token}`,
};
// A developer of every agency in the catalog, as the realm has them (dev.disdukcapil), so that each app has one.
const agencies = [...new Set(seed.map((entry) => entry.agency))];
const developerOf = (agency: string) => `developer of ${agency}`;
for (const agency of agencies) {
  people[developerOf(agency)] = await bearer({ username: `dev.${agency}`, roles: ['developer'], agency });
}
/** Authorization headers that must get a 401, not a crash. */
const brokenCredentials: Record<string, string> = {
  'expired token': await bearer(users.admin, { expiresIn: '-1m' }),
  'forged token': await bearer(users.admin, { forged: true }),
  'token for another audience': await bearer(users.admin, { audience: 'another-client' }),
  'unsigned token': `Bearer ${registry.idp.unsigned(users.admin)}`,
  'unknown publish token': `Bearer bas_pt_aaaaaaaaaaaa_${'A'.repeat(43)}`,
  'not a JWT': 'Bearer not-a-jwt',
  'empty bearer': 'Bearer ',
  'basic credentials': 'Basic YWRtaW46YWRtaW4=',
};
const authorizations = { ...people, ...brokenCredentials };

/**
 * The apps requests are about (junk in the address reaches the others): a few, of several agencies, so that what one
 * operation writes (a version published, a token made) is there for the next to read, approve or revoke.
 */
const subjects = [...new Set([ownApp, ...seed.filter((_, index) => index % 10 === 0)])];
/** The federation manifest of a small ES-module remote, as the federation plugin writes it. */
const federationManifest = {
  metaData: { remoteEntry: { name: 'remoteEntry.js', path: '', type: 'module' }, publicPath: 'auto' },
  shared: [],
  exposes: [
    { path: './App', assets: { js: { sync: ['assets/App.js'], async: [] }, css: { sync: [], async: [] } } },
  ],
};
/** The files of that remote's build, base64-encoded as an upload carries them. */
const buildOf = (manifest: unknown) =>
  Object.fromEntries(
    Object.entries({
      'mf-manifest.json': JSON.stringify(manifest),
      'remoteEntry.js': "export const get = () => import('./assets/App.js');\n",
      'assets/App.js': 'export const mount = () => () => {};\n',
    }).map(([path, text]) => [path, Buffer.from(text).toString('base64')]),
  );

/** Versions the requests name and the documents publish, so that approvals find what was published. */
const versions = ['1.0.0', '5.0.0', '9.9.9'];
const vocabulary: Vocabulary = {
  subjects: fc.constantFrom(
    ...subjects.map((entry) => ({
      id: [entry.id],
      appId: [entry.id],
      agency: [entry.agency],
      version: [entry.version, ...versions],
      tokenId: [publishToken.id],
      requestId: ['permohonan-1'],
      label: ['fuzz'],
    })),
  ),
  // Of the developers, the subject's agency's and one other agency's only: developers of 30 agencies would crowd
  // out the other callers.
  callers: (known) => ({
    valid: [
      ...Object.keys(people).filter((name) => !name.startsWith(developerOf(''))),
      developerOf(known.agency?.[0] ?? ''),
      developerOf(users.devBkpsdm.agency),
    ],
    privileged: [developerOf(known.agency?.[0] ?? ''), 'admin', 'admin in the console'],
    broken: Object.keys(brokenCredentials),
  }),
  // What each route accepts about the subject: its entry as a new version, that version uploaded as a build (whose
  // federation manifest is changed somewhere now and then), a rollback to it, telemetry and real-user samples of the
  // app, and answers to its satisfaction survey.
  documents: (known) => {
    const entry = seedEntry(known.id?.[0] ?? ownApp.id);
    const { manifestUrl: _url, integrity: _integrity, ...declared } = entry as Record<string, unknown>;
    const version = fc.constantFrom(...(known.version ?? versions));
    const manifest = fc.oneof(fc.constant(federationManifest), mutated(fc.constant(federationManifest)));
    return [
      version.map((chosen) => ({ ...entry, version: chosen })),
      fc
        .tuple(version, manifest)
        .map(([chosen, built]) => ({ entry: { ...declared, version: chosen }, files: buildOf(built) })),
      version.map((chosen) => ({ version: chosen })),
      fc
        .constantFrom('event', 'error')
        .map((kind) => ({ records: [{ appId: entry.id, kind, name: 'dibuka' }] })),
      fc.constantFrom(
        { samples: [{ appId: entry.id, metric: 'open', outcome: 'mounted', ms: 120 }] },
        { samples: [{ appId: entry.id, metric: 'open', outcome: 'failed', cause: 'timeout', ms: 15_000 }] },
        { samples: [{ appId: entry.id, metric: 'CLS', value: 0.1 }] },
      ),
      fc.constantFrom({ scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] }, { scores: [1, 2, 3, 4, 1, 2, 3, 4, 1] }),
    ];
  },
};

async function within<T>(ms: number, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

function send(request: FuzzRequest) {
  const headers: Record<string, string> = {};
  const authorization = authorizations[request.caller];
  if (authorization !== undefined) headers.authorization = authorization;
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  if (request.contentEncoding !== undefined) headers['content-encoding'] = request.contentEncoding;
  return within(
    answerWithinMs,
    registry.registry.app.inject({
      method: request.method as 'GET',
      url: request.url,
      remoteAddress: request.from,
      headers,
      ...(request.body === undefined ? {} : { payload: request.body }),
    }),
  );
}

/** What is wrong with an answer, or undefined: no 5xx at all, and every 4xx in the registry's error shape. */
function problemWith(status: number, body: string): string | undefined {
  if (status >= 500) return 'a server error, with a healthy database';
  if (status < 400) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return 'a 4xx whose body is not JSON';
  }
  const { code, message } = (parsed ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'string') {
    return 'a 4xx without a string code and message';
  }
  return undefined;
}

describe('every operation of the OpenAPI document, fuzzed', () => {
  it('covers the catalog, publishing and telemetry', () => {
    // Guards the loop below: an empty or unreadable document would leave nothing to fuzz and pass.
    expect(operations.map(({ method, path }) => `${method} ${path}`)).toEqual(
      expect.arrayContaining(['GET /api/manifest', 'POST /api/apps/{id}/versions', 'POST /api/telemetry']),
    );
  });

  it.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))(
    '%s: no 5xx, every 4xx { code, message }, each answer within 2 s',
    async (_, operation) => {
      await fc.assert(
        fc.asyncProperty(requestsFor(operation, vocabulary), async (request) => {
          const response = await send(request).catch((error: Error) => {
            throw new Error(`${error.message}: ${request.method} ${request.url} as ${request.caller}`);
          });
          const problem = problemWith(response.statusCode, response.body);
          if (problem === undefined) return;
          throw new Error(
            `${problem}: ${request.method} ${request.url} as ${request.caller} answered ${response.statusCode} ${response.body.slice(0, 500)}`,
          );
        }),
        { numRuns: runsPerOperation },
      );
    },
    // Generous: a run takes a few seconds, but shrinking a hang costs 2 s a step, and its report is the point.
    600_000,
  );
});
