import type { AppSummary, RegistryApi, VersionSummary } from '../api/registryApi.ts';

export interface PendingVersion {
  app: AppSummary;
  version: VersionSummary;
}

/**
 * Every version waiting for approval, the longest waiting first. The list says which apps have some; each of those
 * (a handful, not the 200 apps) is read for its versions, as an app may have several waiting.
 */
export async function pendingVersions(
  registry: RegistryApi,
  signal?: AbortSignal,
): Promise<PendingVersion[]> {
  const waiting = (await registry.listApps(signal)).filter((app) => app.pendingVersions > 0);
  const details = await Promise.all(waiting.map((app) => registry.getApp(app.id, signal)));
  return waiting
    .flatMap((app, index) =>
      (details[index]?.versions ?? [])
        .filter((version) => version.state === 'pending')
        .map((version) => ({ app, version })),
    )
    .sort((a, b) => a.version.submittedAt.localeCompare(b.version.submittedAt));
}
