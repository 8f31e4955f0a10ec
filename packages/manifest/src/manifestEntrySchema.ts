import { z } from 'zod';
import { agencyCodes } from './agencies.ts';
import { climbsOutOfApp } from './climbsOutOfApp.ts';
import { categories, lifeEvents, realmRoles } from './vocabulary.ts';

const slug = z.string().regex(/^[a-z][a-z0-9-]{0,48}[a-z0-9]$/, {
  error: 'use 2 to 50 lowercase letters, digits and hyphens, starting with a letter (e.g. "antrean-ktp")',
});

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

const localized = (max: number) => z.strictObject({ id: text(max), en: text(max) });

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** An origin alone: scheme, host and port, no path (`https://api.kotabogor.go.id`). */
const origin = z.string().regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$|^https?:\/\/\[::1\](?::\d{1,5})?$/, {
  error:
    'must be an origin like "https://api.kotabogor.go.id" (scheme, host and port only, no path or trailing /)',
});

const phone = z
  .string()
  // Three digits for the city's short service numbers (112).
  .regex(/^\+?[0-9 ()-]{3,20}$/, { error: 'must be a phone number like +62 251 8321075 or 112' });

/** A path inside an app, relative to its route: `baru?kategori=penerangan`. */
const appRelativePath = z
  .string()
  .max(200)
  // No leading slash and no dot segments, also encoded: a shortcut stays inside its own app.
  .regex(/^(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/, {
    error: 'must be a path inside the app, relative to its route, like "baru?kategori=penerangan"',
  })
  .refine((path) => !climbsOutOfApp(path), {
    error: 'must be a path inside the app: no "." or ".." segments (also not as %2e)',
  });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `must be one of the ${what}: ${values.join(', ')}` });

const baseShape = {
  id: slug,
  name: localized(80),
  description: localized(400),
  agency: oneOf(agencyCodes as unknown as readonly [string, ...string[]], 'agency codes'),
  category: oneOf(categories, 'categories'),
  lifeEvents: z.array(oneOf(lifeEvents, 'life events')).max(5).optional(),
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
        .optional(),
      roles: z.array(oneOf(realmRoles, 'realm roles')).min(1).optional(),
    })
    .optional(),
  route: slug,
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { error: 'must be a semantic version like 1.4.0' }),
  status: z.enum(['active', 'maintenance', 'disabled'], {
    error: 'must be "active", "maintenance" or "disabled"',
  }),
  keywords: z.array(text(40)).max(20, { error: 'at most 20 keywords' }),
  icon: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, { error: 'must be an icon name like "id-card"' }),
  owner: z.strictObject({
    name: text(120),
    email: z.email({ error: 'must be an e-mail address' }),
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

const federatedEntry = z.strictObject({
  ...baseShape,
  kind: z.literal('federated'),
  /** Where the remote's `mf-manifest.json` is: the runtime learns from it how the remote was built. */
  manifestUrl: httpUrl,
  exposedModule: z
    .string()
    .regex(/^\.\/[A-Za-z0-9_/-]+$/, { error: 'must name an exposed module like "./App"' }),
  /** Subresource-integrity hash of the entry file, e.g. `sha384-…`; required outside development. */
  integrity: z
    .string()
    .regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/, { error: 'must be an SRI hash like "sha384-…"' })
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
  sdkVersion: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, {
    error: 'must be the @bas/sdk version the remote was built with, like "2.0.0"',
  }),
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
    error: 'kind must be "federated", "iframe" or "link"',
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
