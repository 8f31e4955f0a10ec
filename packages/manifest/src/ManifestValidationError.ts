/** One problem with one entry: which entry, which field, what is wrong. */
export interface ManifestIssue {
  /** The entry's id, or `#<index>` when it has no usable id. */
  entry: string;
  /** Dotted path of the field inside the entry (`spbe.indicator`), or '' for the entry as a whole. */
  path: string;
  message: string;
}

/** `entry "antrean-ktp", field spbe.indicator: must be …` */
export function formatIssue(issue: ManifestIssue): string {
  const where = issue.path === '' ? `entry ${issue.entry}` : `entry ${issue.entry}, field ${issue.path}`;
  return `${where}: ${issue.message}`;
}

/**
 * Thrown when entries do not pass validation; `issues` lists every problem found, not only the first.
 *
 * @example
 * try { assertValidManifest(entries); } catch (error) {
 *   if (error instanceof ManifestValidationError) console.error(error.issues.map(formatIssue).join('\n'));
 * }
 */
export class ManifestValidationError extends Error {
  override readonly name = 'ManifestValidationError';
  readonly code = 'MANIFEST_INVALID_ENTRY';

  constructor(readonly issues: readonly ManifestIssue[]) {
    super(
      `The manifest has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
  }
}
