import { RegistryError } from '../errors/RegistryError.ts';

/**
 * The answer for an app that is not in the catalog, and word for word for one the caller may not see (another
 * agency's), so that no answer tells a hidden app from an absent one.
 */
export function appNotFound(id: string, version?: string): RegistryError {
  return new RegistryError(
    'NOT_FOUND',
    version === undefined
      ? `There is no app "${id}" in the catalog.`
      : `App "${id}" has no version ${version}; GET /api/apps/${id} lists its versions.`,
  );
}
