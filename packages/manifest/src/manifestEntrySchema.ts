import { z } from 'zod';
import { agencyCodes } from './agencies.ts';
import { openingFilePath, openingFilesLimit } from './integrity/openingFiles.ts';
import { climbsOutOfApp } from './climbsOutOfApp.ts';
import { unsafeCharacter } from './unsafeCharacter.ts';
import { categories, lifeEvents, realmRoles } from './vocabulary.ts';

const slug = z.string().regex(/^[a-z][a-z0-9-]{0,48}[a-z0-9]$/, {
  error: 'use 2 to 50 lowercase letters, digits and hyphens, starting with a letter (e.g. "antrean-ktp")',
});

/** A length limit that ends the checks: those after it need not look at a string of 64 KB. */
const atMost = (max: number) => ({ error: `must be at most ${max} characters`, abort: true });

/** Refuses characters that are not text, or that change how the text around them is shown. */
const plainText = (value: string, context: z.RefinementCtx) => {
  const problem = unsafeCharacter(value);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
};

/** Text a person reads: names, descriptions, keywords, opening hours. */
const text = (max: number) =>
  z.string().trim().min(1, { error: 'must not be empty' }).max(max, atMost(max)).superRefine(plainText);

const localized = (max: number) => z.strictObject({ id: text(max), en: text(max) });

/**
 * An address the portal loads or links to. Never with a user name or password: the entry is served to every
 * browser, and `https://portal@evil.example/` reads as the portal's address to a person.
 */
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
  .max(1000, atMost(1000))
  .superRefine((url, context) => {
    plainText(url, context);
    if (!URL.canParse(url)) return;
    const { username, password } = new URL(url);
    if (username !== '' || password !== '') {
      context.addIssue({
        code: 'custom',
        message: 'must not carry a user name or password ("user:password@"): remove them from the URL',
      });
    }
  });

/** A "." or ".." path segment, in any spelling a browser resolves as one. */
const dotSegment = /[/\\](?:\.|%2e){1,2}(?=[/\\?#]|$)/i;

/**
 * Where a remote's `mf-manifest.json` is, written as the browser resolves it: its folder bounds the files the
 * remote's index may pin and its entry may preload, so `.`, `..` or their `%2e` spellings could widen that folder
 * to the origin's root while the address still reads as the agency's own.
 */
const manifestUrl = httpUrl.refine((url) => !dotSegment.test(url.replace(/^https?:\/\/[^/]*/i, '')), {
  error: (issue) =>
    `must not contain "." or ".." segments (nor "%2e"): write the folder as the browser resolves it${URL.canParse(String(issue.input)) ? `, ${new URL(String(issue.input)).href}` : ''}`,
});

/** An origin alone: scheme, host and port, no path (`https://api.kotabogor.go.id`). */
const origin = z
  .string()
  .max(300, atMost(300))
  .regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$|^https?:\/\/\[::1\](?::\d{1,5})?$/, {
    error:
      'must be an origin like "https://api.kotabogor.go.id" (scheme, host and port only, no path or trailing /)',
  })
  // The pattern lets through hosts a browser cannot parse ("http://.0", a port above 65535): refused here, as the
  // browser's own parser would.
  .refine((value) => URL.canParse(value), {
    error:
      'is not a valid origin: its host or port cannot be parsed; write it like "https://api.kotabogor.go.id"',
  });

/** A semantic version as semver.org defines it, without build metadata (which would not order versions). */
const semverPattern =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?$/;

/** The numbers of a version: major, minor, patch and the numeric identifiers of its pre-release. */
function versionNumbers(version: string): string[] {
  const dash = version.indexOf('-');
  const core = dash === -1 ? version : version.slice(0, dash);
  const preRelease = dash === -1 ? [] : version.slice(dash + 1).split('.');
  return [...core.split('.'), ...preRelease].filter((part) => /^\d+$/.test(part));
}

/**
 * A version the registry can order and put in an address: at most 64 characters (`/versions/:version` takes
 * them), each number within what JavaScript counts exactly, or two versions would compare equal.
 */
const semanticVersion = (error: string) =>
  z
    .string()
    .max(64, atMost(64))
    .regex(semverPattern, { error, abort: true })
    .refine((version) => versionNumbers(version).every((part) => Number(part) <= Number.MAX_SAFE_INTEGER), {
      error: `has a number above ${Number.MAX_SAFE_INTEGER}, the largest a version may carry; use a smaller one`,
    });

const phone = z
  .string()
  // Three digits for the city's short service numbers (112).
  .regex(/^\+?[0-9 ()-]{3,20}$/, { error: 'must be a phone number like +62 251 8321075 or 112' });

/** A path inside an app, relative to its route: `baru?kategori=penerangan`. */
const appRelativePath = z
  .string()
  .max(200, atMost(200))
  // No leading slash and no dot segments, also encoded: a shortcut stays inside its own app.
  .regex(/^(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/, {
    error: 'must be a path inside the app, relative to its route, like "baru?kategori=penerangan"',
  })
  .refine((path) => !climbsOutOfApp(path), {
    error: 'must be a path inside the app: no "." or ".." segments (also not as %2e)',
  });

/** At most this many screens in an entry's `evidence`: the SPBE report gives each service one page. */
const maxEvidenceScreens = 5;

/**
 * The app's main screens, for the SPBE evidence's screenshots (`npm run evidence`): paths inside the app, as
 * `shortcuts` take them, each with a caption in both languages. Left out, the evidence shows the app's start page.
 */
const evidenceScreens = z
  .array(z.strictObject({ path: appRelativePath, caption: localized(120) }))
  .min(1, {
    error: "lists at least 1 screen: leave `evidence` out and the evidence shows the app's start page alone",
  })
  .max(maxEvidenceScreens, {
    error: `at most ${maxEvidenceScreens} screens: the SPBE report gives each service one page; keep the main ones`,
  })
  .superRefine((screens, context) => {
    const seen = new Set<string>();
    screens.forEach((screen, index) => {
      if (seen.has(screen.path)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'path'],
          message: `lists the screen "${screen.path}" twice: each screen once`,
        });
      }
      seen.add(screen.path);
    });
  });

/**
 * A service-level objective in percent. Below 90 an app would be allowed three days down a month, which is no
 * promise; above 99.999 the budget is under half a minute a month, finer than a probe a minute can measure.
 */
const objectivePercent = (what: string, fallback: number) => {
  const error = `must be a percentage from 90 to 99.999, like 99.5 (the share of ${what} the app promises a month); leave it out for ${fallback}`;
  return z.number().min(90, { error }).max(99.999, { error });
};

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `must be one of the ${what}: ${values.join(', ')}` });

const baseShape = {
  id: slug,
  name: localized(80),
  description: localized(400),
  agency: oneOf(agencyCodes as unknown as readonly [string, ...string[]], 'agency codes'),
  category: oneOf(categories, 'categories'),
  lifeEvents: z.array(oneOf(lifeEvents, 'life events')).max(5, { error: 'at most 5 life events' }).optional(),
  role: z.enum(['public', 'internal'], {
    error: 'must be "public" (everyone) or "internal" (civil servants)',
  }),
  /** Public entries only: the app needs a signed-in person (it is still listed for everyone). */
  requiresLogin: z.boolean().optional(),
  /** Internal entries only: narrows who may open it beyond the `asn` role. */
  audience: z
    .strictObject({
      agencies: z
        .array(oneOf(agencyCodes as unknown as readonly [string, ...string[]], 'agency codes'))
        .min(1)
        .max(agencyCodes.length, { error: `lists each agency once: at most ${agencyCodes.length}` })
        .optional(),
      roles: z
        .array(oneOf(realmRoles, 'realm roles'))
        .min(1)
        .max(realmRoles.length, { error: `lists each role once: at most ${realmRoles.length}` })
        .optional(),
    })
    .optional(),
  route: slug,
  version: semanticVersion(
    'must be a semantic version like 1.4.0 or 2.0.0-rc.1 (numbers without leading zeros, no build metadata)',
  ),
  status: z.enum(['active', 'maintenance', 'disabled'], {
    error: 'must be "active", "maintenance" or "disabled"',
  }),
  keywords: z.array(text(40)).max(20, { error: 'at most 20 keywords' }),
  icon: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, { error: 'must be an icon name like "id-card"' }),
  owner: z.strictObject({
    name: text(120),
    email: z.email({ error: 'must be an e-mail address' }).max(254, atMost(254)),
    phone: phone.optional(),
  }),
  /**
   * How to get the service without the portal: the office, its phone and opening hours. Shown whenever the app
   * cannot load, so a failure never leaves a person without a way forward.
   */
  offline: z
    .strictObject({ place: localized(200), phone: phone.optional(), hours: localized(120) })
    .optional(),
  /**
   * Ways straight into a part of the app that search finds by their own words: "lampu" leads to the complaint
   * form's street-light category rather than only to the app.
   */
  shortcuts: z
    .array(
      z.strictObject({
        label: localized(80),
        path: appRelativePath,
        keywords: z.array(text(40)).min(1).max(10, { error: 'at most 10 keywords' }),
      }),
    )
    .max(10, { error: 'at most 10 shortcuts' })
    .optional(),
  /**
   * What the app promises a month, in percent: of the monitor's probes that pass (`availability`) and of people's
   * openings in the portal that mount (`loadSuccess`). The registry measures both against these and reports the
   * error budget left (`GET /api/apps/:id/slo`); 99.5 and 99 when left out.
   */
  objectives: z
    .strictObject({
      availability: objectivePercent("the monitor's probes that pass", 99.5).optional(),
      loadSuccess: objectivePercent('openings in the portal that mount', 99).optional(),
    })
    .optional(),
  /**
   * What the SPBE evidence shows of the app: its main screens (`screens`, 1 to 5, paths inside the app with a
   * caption each), screenshotted through the portal for the report. Left out, the app's start page.
   */
  evidence: z.strictObject({ screens: evidenceScreens }).optional(),
  spbe: z.strictObject({
    serviceType: z.enum(['public', 'administrative'], {
      error: 'must be "public" (layanan publik) or "administrative" (administrasi pemerintahan)',
    }),
    indicator: z
      .number()
      .int({ error: 'must be a whole number' })
      .min(32, { error: 'SPBE service indicators are 32 to 47' })
      .max(47, { error: 'SPBE service indicators are 32 to 47' }),
    applicationType: z.enum(['umum', 'khusus'], {
      error: 'must be "umum" (shared national application) or "khusus" (the city\'s own)',
    }),
  }),
};

const sri = z
  .string()
  .max(100, atMost(100))
  .regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/, { error: 'must be an SRI hash like "sha384-…"' });

const federatedEntry = z.strictObject({
  ...baseShape,
  kind: z.literal('federated'),
  /** Where the remote's `mf-manifest.json` is: the runtime learns from it how the remote was built. */
  manifestUrl,
  exposedModule: z
    .string()
    .max(100, atMost(100))
    .regex(/^\.\/[A-Za-z0-9_/-]+$/, { error: 'must name an exposed module like "./App"' }),
  /** Subresource-integrity hash of the entry file, e.g. `sha384-…`; required outside development. */
  integrity: sri.optional(),
  /**
   * The files opening the app loads first (its remote entry and its exposed modules' chunks), relative to
   * `manifestUrl`, each with its SRI hash from the build's index: the portal fetches them at the first sign of
   * intent, beside the index and the manifest. Set with `integrity`, from the same build.
   */
  openingFiles: z
    .array(
      z.strictObject({
        path: z.string().max(200, atMost(200)).regex(openingFilePath, {
          error: 'must be a script of the build, relative to mf-manifest.json, like "assets/remote-1a2b.js"',
        }),
        integrity: sri,
      }),
    )
    .max(openingFilesLimit, {
      error: `at most ${openingFilesLimit} files; the rest load as the app asks for them`,
    })
    .optional(),
  /** The app's own address outside the portal, offered when it cannot load here. */
  standaloneUrl: httpUrl.optional(),
  /**
   * The origins of the agency's API, the only places the app's access token is sent (`@bas/sdk/http`); the
   * remote's own origin (that of `manifestUrl`) when left out.
   */
  apiOrigins: z.array(origin).min(1).max(10, { error: 'at most 10 API origins' }).optional(),
  /**
   * The version of `@bas/sdk` the remote was built against; the shell refuses a remote whose contract it does not
   * provide (another major, or a newer minor).
   */
  sdkVersion: semanticVersion('must be the @bas/sdk version the remote was built with, like "2.0.0"'),
});

const iframeEntry = z.strictObject({ ...baseShape, kind: z.literal('iframe'), url: httpUrl });
const linkEntry = z.strictObject({ ...baseShape, kind: z.literal('link'), url: httpUrl });

/**
 * One application in the catalog. Unknown fields are errors, so a misspelt field never silently does nothing.
 *
 * @example
 * const result = manifestEntrySchema.safeParse(json);
 */
export const manifestEntrySchema = z
  .discriminatedUnion('kind', [federatedEntry, iframeEntry, linkEntry], {
    // Only for a missing or unknown kind: something that is no object at all (an issue of another code, which the
    // types leave out) is told so by `validateEntry` rather than asked for a kind.
    error: (issue) =>
      issue.code === 'invalid_union' ? 'kind must be "federated", "iframe" or "link"' : undefined,
  })
  .superRefine((entry, context) => {
    if (entry.role === 'internal' && entry.requiresLogin !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['requiresLogin'],
        message: 'applies to public entries only: internal entries always need a civil servant to sign in',
      });
    }
    if (entry.role === 'public' && entry.audience !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['audience'],
        message: 'applies to internal entries only: a public entry is for everyone',
      });
    }
    const administrative = entry.spbe.indicator <= 41;
    if (administrative !== (entry.spbe.serviceType === 'administrative')) {
      context.addIssue({
        code: 'custom',
        path: ['spbe', 'indicator'],
        message: `indicator ${entry.spbe.indicator} does not fit serviceType "${entry.spbe.serviceType}": 32-41 are administrative, 42-47 public services`,
      });
    }
  });

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type FederatedEntry = Extract<ManifestEntry, { kind: 'federated' }>;
