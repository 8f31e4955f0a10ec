import { savedAccessToken } from '../auth/credentialsStore.ts';
import { CliError } from '../CliError.ts';

/** The app that holds an id in a portal's catalog. */
export interface IdHolder {
  id: string;
  agency: string;
  /** Its name in Bahasa Indonesia, when a version was approved. */
  name: string | null;
  currentVersion: string | null;
}

/**
 * Asks the portal whose `id` is; undefined when the id is free. Anyone may ask; an internal app's name and version
 * are told to its agency's developers, so the sign-in is sent along when there is one.
 */
export async function appIdHolder(portal: string, id: string): Promise<IdHolder | undefined> {
  const url = new URL(`/api/app-ids/${encodeURIComponent(id)}`, portal);
  const token = process.env.BAS_TOKEN ?? (await savedAccessToken(portal, undefined).catch(() => undefined));
  let response: Response;
  try {
    response = await fetch(url, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
    // A sign-in the portal no longer takes only costs the details: ask as anyone.
    if (response.status === 401) response = await fetch(url);
  } catch (error) {
    throw new CliError(
      `Cannot reach the portal at ${url.origin} to check the id (${(error as Error).message}): check --registry.`,
    );
  }
  if (response.status === 404) return undefined;
  if (!response.ok) {
    throw new CliError(`The portal at ${url.origin} did not say whose "${id}" is (HTTP ${response.status}).`);
  }
  return (await response.json()) as IdHolder;
}

/** How the holder is named to a person: `"Antrean Online Disdukcapil" 3.5.3 of disdukcapil`. */
export function describeHolder(holder: IdHolder): string {
  // No name: no version approved yet, or an internal app the asker may not see.
  const what = holder.name === null ? 'an app' : `"${holder.name}" ${holder.currentVersion ?? ''}`.trim();
  return `${what}, of ${holder.agency}`;
}
