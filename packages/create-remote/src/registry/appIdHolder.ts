import { CliError } from '../CliError.ts';

/** The app that holds an id in a portal's catalog. */
export interface IdHolder {
  id: string;
  agency: string;
  /** Its name in Bahasa Indonesia, when a version was approved. */
  name: string | null;
  currentVersion: string | null;
}

/** Asks the portal whose `id` is (no sign-in needed); undefined when the id is free. */
export async function appIdHolder(portal: string, id: string): Promise<IdHolder | undefined> {
  const url = new URL(`/api/app-ids/${encodeURIComponent(id)}`, portal);
  let response: Response;
  try {
    response = await fetch(url);
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
  const what =
    holder.name === null
      ? 'no approved version yet'
      : `"${holder.name}" ${holder.currentVersion ?? ''}`.trim();
  return `${what}, of ${holder.agency}`;
}
