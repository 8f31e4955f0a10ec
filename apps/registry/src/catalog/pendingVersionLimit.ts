import { RegistryError } from '../errors/RegistryError.ts';

/**
 * How many versions of one app may wait for approval at once: enough for a busy release week, few enough that
 * nobody fills the approvers' queue (or the asset storage, with uploads) with versions nobody will approve.
 */
export const pendingVersionLimit = 20;

/** The refusal of one more version while `pendingVersionLimit` of them wait. */
export function tooManyPendingVersions(appId: string): RegistryError {
  return new RegistryError(
    'LIMIT_REACHED',
    `App "${appId}" already has ${pendingVersionLimit} versions waiting for approval, the most it may have: ask an admin to approve some, or reject the ones nobody needs (DELETE /api/apps/${appId}/versions/<version>), then publish again.`,
    [{ path: 'version', message: `${pendingVersionLimit} versions are waiting for approval already` }],
  );
}
