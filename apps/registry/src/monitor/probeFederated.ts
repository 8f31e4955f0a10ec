import { createHash } from 'node:crypto';
import type { FederatedEntry } from '@bas/manifest';
import { integrityIndexName } from '@bas/manifest/integrity';
import { fetchForProbe, type ProbeAnswer, type ProbeRequest } from './fetchForProbe.ts';
import { ProbeFailure } from './ProbeFailure.ts';

/** Whether `bytes` have the SRI hash `expected` (sha256, sha384 or sha512, as entries may carry). */
function matchesSri(bytes: Buffer, expected: string): boolean {
  const algorithm = /^(sha256|sha384|sha512)-/.exec(expected)?.[1];
  return (
    algorithm !== undefined &&
    `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}` === expected
  );
}

/** A file the portal loads: it must answer 2xx, with its bytes. */
function expectFile(answer: ProbeAnswer, what = ''): ProbeAnswer {
  if (answer.status >= 200 && answer.status < 300) return answer;
  throw new ProbeFailure('http', `${answer.url.href} answered HTTP ${answer.status}${what}.`);
}

function parseJson(answer: ProbeAnswer): unknown {
  try {
    return JSON.parse(answer.body.toString('utf8'));
  } catch {
    throw new ProbeFailure(
      'invalid',
      `${answer.url.href} is not JSON: the federation runtime cannot read it.`,
    );
  }
}

/** The remote entry's address, as `mf-manifest.json` names it (relative to the manifest, as uploads are checked). */
function remoteEntryOf(manifest: unknown, manifestUrl: URL): URL {
  const remoteEntry = (manifest as { metaData?: { remoteEntry?: { name?: unknown; path?: unknown } } } | null)
    ?.metaData?.remoteEntry;
  const { name, path } = remoteEntry ?? {};
  if (typeof name !== 'string' || name === '') {
    throw new ProbeFailure(
      'invalid',
      `${manifestUrl.href} names no remote entry (metaData.remoteEntry.name): the federation runtime cannot load the app.`,
    );
  }
  const folder = typeof path === 'string' && path !== '' ? `${path.replace(/\/$/, '')}/` : '';
  return new URL(`${folder}${name}`, manifestUrl);
}

/** The files `bas-integrity.json` pins, by address, once its own bytes are checked against the entry's integrity. */
function pinnedFiles(entry: FederatedEntry, integrity: string, answer: ProbeAnswer): Map<string, string> {
  expectFile(answer, `: the entry's integrity pins that file, so the portal does not load ${entry.id}`);
  if (!matchesSri(answer.body, integrity)) {
    throw new ProbeFailure(
      'integrity',
      `${answer.url.href} differs from the approved version of ${entry.id} (its hash is not the entry's integrity): the portal does not load it.`,
    );
  }
  const files = (parseJson(answer) as { files?: unknown } | null)?.files;
  const pinned = new Map<string, string>();
  if (typeof files !== 'object' || files === null) return pinned;
  for (const [path, hash] of Object.entries(files)) {
    if (typeof hash === 'string') pinned.set(new URL(path, answer.url).href, hash);
  }
  return pinned;
}

function checkPinned(entry: FederatedEntry, pinned: Map<string, string>, answer: ProbeAnswer): void {
  const hash = pinned.get(answer.url.href);
  if (hash !== undefined && matchesSri(answer.body, hash)) return;
  throw new ProbeFailure(
    'integrity',
    hash === undefined
      ? `${answer.url.href} is not in ${integrityIndexName}: the portal does not load a file its approved build does not pin.`
      : `${answer.url.href} differs from the approved version of ${entry.id}: the portal does not load it.`,
  );
}

/**
 * A federated app, as the shell loads it: `mf-manifest.json` must parse and name its remote entry, which must load.
 * When the entry carries `integrity`, the build's `bas-integrity.json` (beside the manifest) must have that hash, and
 * the manifest and the remote entry the hashes it lists (decisions/0018): a changed byte is what the shell refuses.
 * Returns the certificate with the fewest days left among the hosts that answered.
 */
export async function probeFederated(
  entry: FederatedEntry,
  request: Omit<ProbeRequest, 'readBody'>,
): Promise<Pick<ProbeAnswer, 'certificate'>> {
  const read = { ...request, readBody: true };
  const manifestUrl = new URL(entry.manifestUrl);
  const { integrity } = entry;
  // Together, as the shell asks for them.
  const [manifest, index] = await Promise.all([
    fetchForProbe(manifestUrl, read),
    integrity === undefined ? undefined : fetchForProbe(new URL(integrityIndexName, manifestUrl), read),
  ]);
  expectFile(manifest);
  const entryUrl = remoteEntryOf(parseJson(manifest), manifestUrl);
  const pinned =
    index === undefined || integrity === undefined ? undefined : pinnedFiles(entry, integrity, index);
  if (pinned !== undefined) checkPinned(entry, pinned, manifest);
  const remoteEntry = expectFile(await fetchForProbe(entryUrl, read));
  if (pinned !== undefined) checkPinned(entry, pinned, remoteEntry);
  const certificates = [manifest, index, remoteEntry].flatMap((answer) => answer?.certificate ?? []);
  return { certificate: certificates.sort((a, b) => a.days - b.days)[0] };
}
