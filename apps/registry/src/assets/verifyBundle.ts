import { sriOf } from '@bas/manifest/integrity';
import { z } from 'zod';
import { RegistryError, type ErrorIssue } from '../errors/RegistryError.ts';

/** What one upload may hold: enough for any agency app, small enough that no upload can fill the disk. */
export const bundleLimits = { files: 2000, fileBytes: 10 * 1024 * 1024, totalBytes: 25 * 1024 * 1024 };

// Segments of plain characters, never "." or ".." (Vite's own `.vite/manifest.json` is fine).
const safeSegment = /^(?!\.\.?$)[A-Za-z0-9._@+-]+$/;
const isSafePath = (path: string) =>
  path.length <= 200 && path.split('/').every((segment) => safeSegment.test(segment));

// The parts of `mf-manifest.json` read here, checked before they are read: the upload is anybody's JSON.
const assetLists = z.object({ sync: z.array(z.string()).optional(), async: z.array(z.string()).optional() });
const assetsSchema = z.object({ js: assetLists.optional(), css: assetLists.optional() }).optional();
const federationManifestSchema = z.object({
  metaData: z
    .object({
      remoteEntry: z
        .object({ name: z.string().optional(), path: z.string().optional(), type: z.string().optional() })
        .optional(),
      publicPath: z.string().optional(),
      getPublicPath: z.string().optional(),
    })
    .optional(),
  exposes: z.array(z.object({ path: z.string().optional(), assets: assetsSchema })).optional(),
  shared: z.array(z.object({ name: z.string().optional(), assets: assetsSchema })).optional(),
});
type FederationManifest = z.infer<typeof federationManifestSchema>;
type Assets = z.infer<typeof assetsSchema>;

const assetsOf = (assets: Assets | undefined) =>
  (['js', 'css'] as const).flatMap((kind) => [
    ...(assets?.[kind]?.sync ?? []),
    ...(assets?.[kind]?.async ?? []),
  ]);

/**
 * Checks an uploaded build before anything is stored, and lists every problem at once: paths that stay inside the
 * build, sizes within `bundleLimits`, an `mf-manifest.json` whose entry and assets are all in the upload and whose
 * files are found relative to it (`publicPath: "auto"`), and, for a remote built as classic scripts
 * (webpack, rspack), chunks whose SRI hashes are in its entry so the pin on the entry covers them.
 */
export function verifyBundle(files: ReadonlyMap<string, Buffer>): void {
  const issues: ErrorIssue[] = [];
  const problem = (path: string, message: string) => issues.push({ path, message });
  if (files.size > bundleLimits.files) {
    problem('files', `has ${files.size} files; at most ${bundleLimits.files} are accepted`);
  }
  let total = 0;
  for (const [path, bytes] of files) {
    total += bytes.length;
    if (!isSafePath(path)) {
      problem(
        path,
        'is not a plain relative path inside the build (letters, digits, . _ - @ + and /, no "..")',
      );
    } else if (/\.(br|gz)$/.test(path)) {
      problem(path, 'is a precompressed copy: leave those out, the registry compresses what it serves');
    }
    if (bytes.length > bundleLimits.fileBytes) {
      problem(path, `is ${bytes.length} bytes; a file may have at most ${bundleLimits.fileBytes}`);
    }
  }
  if (total > bundleLimits.totalBytes) {
    problem('files', `hold ${total} bytes; an upload may have at most ${bundleLimits.totalBytes}`);
  }
  const manifestBytes = files.get('mf-manifest.json');
  let manifest: FederationManifest | undefined;
  try {
    if (manifestBytes !== undefined) {
      const parsed = federationManifestSchema.safeParse(JSON.parse(manifestBytes.toString('utf8')));
      if (parsed.success) manifest = parsed.data;
      else {
        const [first] = parsed.error.issues;
        problem(
          'mf-manifest.json',
          `is not a federation manifest (${first?.path.join('.') || 'the document'}: ${first?.message ?? 'unexpected shape'}): upload the build as the federation plugin wrote it`,
        );
      }
    }
  } catch {
    problem('mf-manifest.json', 'is not valid JSON: upload the build as the federation plugin wrote it');
  }
  if (manifestBytes === undefined) {
    problem(
      'mf-manifest.json',
      "is missing: build with the federation plugin's `manifest: true` and upload dist/",
    );
  }
  if (manifest !== undefined) {
    const meta = manifest.metaData ?? {};
    const entryPath = `${meta.remoteEntry?.path ? `${meta.remoteEntry.path.replace(/\/$/, '')}/` : ''}${meta.remoteEntry?.name ?? ''}`;
    if (meta.remoteEntry?.name === undefined || !files.has(entryPath)) {
      problem('mf-manifest.json', `names the entry "${entryPath}", which is not in the upload`);
    }
    if (meta.getPublicPath !== undefined || (meta.publicPath !== undefined && meta.publicPath !== 'auto')) {
      problem(
        'mf-manifest.json',
        `sets the public path to "${meta.getPublicPath ?? meta.publicPath ?? ''}"; build with publicPath "auto" so files load from where the portal stores them`,
      );
    }
    const assets = [
      ...(manifest.exposes ?? []).flatMap((expose) => assetsOf(expose.assets)),
      ...(manifest.shared ?? []).flatMap((shared) => assetsOf(shared.assets)),
    ];
    for (const asset of new Set(assets)) {
      if (!files.has(asset)) problem('mf-manifest.json', `lists "${asset}", which is not in the upload`);
    }
    const classic = meta.remoteEntry?.type !== 'module' && meta.remoteEntry?.type !== 'esm';
    const entryText = files.get(entryPath)?.toString('utf8');
    if (classic && entryText !== undefined) {
      for (const asset of new Set(assets.filter((asset) => asset.endsWith('.js')))) {
        const bytes = files.get(asset);
        if (bytes !== undefined && !entryText.includes(sriOf(bytes))) {
          problem(
            asset,
            'is a classic-script chunk whose SRI hash is not in the entry: build with SubresourceIntegrityPlugin (rspack, webpack) and crossOriginLoading "anonymous"',
          );
        }
      }
    }
  }
  if (issues.length > 0) {
    throw new RegistryError(
      'VALIDATION_FAILED',
      `The upload is not a build the portal can serve: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}.`,
      issues,
    );
  }
}
