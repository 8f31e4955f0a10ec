import { isCompatibleSdkVersion, sdkVersion } from '@bas/sdk/version';
import { upgradeEntry, validateEntry, type ManifestEntry, type ManifestUser } from '@bas/manifest';
import { requirePublisher } from '../auth/requireActor.ts';
import { RegistryError } from '../errors/RegistryError.ts';
import type { Actor } from './Actor.ts';

/**
 * Everything a version must pass before it is stored, whichever way it was published (an entry pointing at the
 * agency's server, or an uploaded build): a valid entry for this environment, for the app in the URL, published
 * by someone of its agency, not disabled, built against an SDK this portal provides.
 */
export function checkPublication(
  body: unknown,
  appId: string,
  user: ManifestUser,
  environment: 'production' | 'development',
): { entry: ManifestEntry; actor: Actor; warnings: string[] } {
  const { entry: upgraded, warnings } = upgradeEntry(body);
  const result = validateEntry(upgraded, { environment });
  if (!result.ok) {
    throw new RegistryError(
      'VALIDATION_FAILED',
      result.issues.map((issue) => `${issue.path || 'entry'}: ${issue.message}`).join('; '),
      result.issues.map(({ path, message }) => ({ path, message })),
    );
  }
  const entry = result.entry;
  if (entry.id !== appId) {
    throw new RegistryError(
      'VALIDATION_FAILED',
      `The entry's id "${entry.id}" differs from "${appId}" in the URL.`,
      [{ path: 'id', message: `must be "${appId}"` }],
    );
  }
  const actor = requirePublisher(user, entry.agency, appId);
  if (entry.status === 'disabled') {
    throw new RegistryError(
      'VALIDATION_FAILED',
      'Publish with status "active" or "maintenance"; disabling an app is an admin action.',
      [{ path: 'status', message: 'must be "active" or "maintenance"' }],
    );
  }
  if (entry.kind === 'federated' && !isCompatibleSdkVersion(entry.sdkVersion)) {
    throw new RegistryError(
      'VALIDATION_FAILED',
      `The remote was built against @bas/sdk ${entry.sdkVersion}; this portal provides ${sdkVersion}. Rebuild it with @bas/sdk ^${sdkVersion.replace(/\.\d+$/, '.0')} and publish again.`,
      [{ path: 'sdkVersion', message: `must be compatible with ${sdkVersion}` }],
    );
  }
  return { entry, actor, warnings };
}
