/**
 * Where the registry answers `path` of its catalog (`catalog/home`, `catalog/routes/<route>`), beside the manifest it
 * serves; undefined when the catalog is not the registry's (a static `manifest.json`), which has no other documents.
 */
export function catalogUrlOf(manifestUrl: string, path: string): string | undefined {
  const manifest = new URL(manifestUrl, window.location.origin);
  if (!manifest.pathname.endsWith('/api/manifest')) return undefined;
  return new URL(path, manifest).href;
}
