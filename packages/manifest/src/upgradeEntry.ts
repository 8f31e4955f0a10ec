/**
 * An entry as an older client or a stored row may still write it, brought to the current schema, with a warning
 * for each name it renamed. Federated entries named their `mf-manifest.json` `entry` before @bas/manifest
 * 0.2; the registry and the CLI accept that name through 0.2 (one minor version, decisions/0015) and say so.
 *
 * @example
 * const { entry, warnings } = upgradeEntry(JSON.parse(body));
 */
export function upgradeEntry(input: unknown): { entry: unknown; warnings: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { entry: input, warnings: [] };
  const { entry: legacyUrl, ...rest } = input as Record<string, unknown>;
  // Only federated entries ever had the field; elsewhere it stays an unknown field, reported as such.
  if (rest.kind !== 'federated' || legacyUrl === undefined || 'manifestUrl' in rest) {
    return { entry: input, warnings: [] };
  }
  return {
    entry: { ...rest, manifestUrl: legacyUrl },
    warnings: [
      'The field "entry" is now "manifestUrl" (the address of the remote\'s mf-manifest.json); rename it in bas-remote.json. The old name is accepted until @bas/manifest 0.3.',
    ],
  };
}
