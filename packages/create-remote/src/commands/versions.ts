import { registryRequest } from '../auth/registryRequest.ts';

interface AppRecord {
  status: string;
  currentVersion: string | null;
  versions: {
    version: string;
    state: string;
    submittedBy: string;
    approvedBy: string | null;
    current: boolean;
  }[];
}

/** `bas-remote versions`: an app's versions, which one the portal serves, who published and approved each. */
export async function versions(
  appId: string,
  options: { registry: string; token?: string | undefined; profile?: string | undefined },
): Promise<void> {
  const app = (await registryRequest(options.registry, `/api/apps/${encodeURIComponent(appId)}`, {
    token: options.token,
    profile: options.profile,
    signInAs: "a developer of the app's agency or an admin",
    method: 'GET',
  })) as unknown as AppRecord;
  console.log(`${appId}: ${app.status}, the portal serves ${app.currentVersion ?? 'no version yet'}.`);
  for (const version of app.versions) {
    const approved = version.approvedBy === null ? '' : `, approved by ${version.approvedBy}`;
    console.log(
      `${version.current ? '*' : ' '} ${version.version}  ${version.state}, published by ${version.submittedBy}${approved}`,
    );
  }
}
