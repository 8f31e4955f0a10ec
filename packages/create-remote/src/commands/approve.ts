import { registryRequest } from '../auth/registryRequest.ts';
import { entryChanges } from './entryChanges.ts';

interface VersionDetail {
  version: string;
  submittedBy: string;
  entry: Record<string, unknown>;
  current: Record<string, unknown> | null;
}

const named = (entry: Record<string, unknown>) =>
  `${String(entry.version)} "${String((entry.name as { id?: unknown } | undefined)?.id ?? entry.id)}"`;

/**
 * `bas-remote approve`: an admin approves a published version, and the portal serves it from the next manifest.
 * It first shows what the version replaces and what changes in the catalog entry, so the approver sees what they
 * approve. The registry refuses anyone who is not an admin, and the admin who published the version.
 */
export async function approve(
  appId: string,
  version: string,
  options: { registry: string; token?: string | undefined; profile?: string | undefined },
): Promise<void> {
  const path = `/api/apps/${encodeURIComponent(appId)}/versions/${encodeURIComponent(version)}`;
  const as = { token: options.token, profile: options.profile, signInAs: 'an admin' };
  const detail = (await registryRequest(options.registry, path, {
    ...as,
    method: 'GET',
  })) as unknown as VersionDetail;
  console.log(`${appId} ${named(detail.entry)}, published by ${detail.submittedBy}.`);
  if (detail.current === null) {
    console.log('A new app: it replaces nothing.');
  } else {
    console.log(`Replaces ${named(detail.current)}. Changes in the catalog entry:`);
    for (const line of entryChanges(detail.current, detail.entry)) console.log(`  ${line}`);
  }
  await registryRequest(options.registry, `${path}/approve`, { ...as, quiet: true });
  console.log(`Approved ${appId} ${version}: the portal serves it now.`);
}
