import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import type { FederatedEntry } from '@bas/manifest';
import { ShellError } from '../errors/ShellError.ts';
import type { PagePins } from './pagePins.ts';
import { sriOf } from './sriOf.ts';

/** `bas-integrity.json`, beside `mf-manifest.json`: every file of the build with its SRI hash. */
interface IntegrityIndex {
  files: Record<string, string>;
}

export interface IntegrityPluginOptions {
  /** The catalog entry of a registered remote, by its federation name (the app id). */
  entryOf(name: string): FederatedEntry | undefined;
  /** Origins remotes may load from (config.json's `remoteOrigins`). */
  remoteOrigins: readonly string[];
  /** The hash the page holds each file under, preloads and every app's index together. */
  pins: PagePins;
  /** The page's CSP nonce, so the import maps this plugin adds are allowed inline script. */
  nonce: string;
  timeoutMs: number;
  /** Records why a remote failed, in words the shell shows (the runtime wraps errors thrown in hooks). */
  failed(name: string, error: ShellError): void;
}

const algorithms: Record<string, string> = { sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };

/** Whether `bytes` have the SRI hash `expected` (sha256, sha384 or sha512). */
async function matches(bytes: ArrayBuffer, expected: string): Promise<boolean> {
  const algorithm = algorithms[expected.slice(0, expected.indexOf('-'))];
  return algorithm !== undefined && (await sriOf(bytes, algorithm)) === expected;
}

/**
 * Runs an approved remote's bytes and nothing else (decisions/0018). Before anything of an app is fetched, its
 * integrity index is fetched and checked against the catalog entry's `integrity`; the index then pins every file:
 * `mf-manifest.json` is checked here, every file through an import map with `integrity` (the browser refuses a
 * module whose bytes differ, before any of it runs), a classic-script entry and stylesheets through their `integrity`
 * attribute.
 * An app without `integrity`, or served from an origin not in `remoteOrigins`, is refused before any request.
 * `findAltered` names the file that differs after a load failed, so a changed chunk reads as `REMOTE_INTEGRITY`
 * rather than as a network failure (the browser reports both alike).
 */
export function integrityPlugin(options: IntegrityPluginOptions): {
  plugin: ModuleFederationRuntimePlugin;
  findAltered(entry: FederatedEntry): Promise<string | undefined>;
} {
  // By manifest URL: the app it belongs to, the integrity it was pinned with, and its index once checked.
  const remotes = new Map<string, { name: string; integrity: string; index: Promise<IntegrityIndex> }>();
  const { pins } = options;

  const refuse = (name: string, error: ShellError): never => {
    options.failed(name, error);
    throw error;
  };

  const fetchBytes = async (name: string, url: string): Promise<ArrayBuffer> => {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) }).catch(
      (cause: unknown) =>
        refuse(
          name,
          new ShellError('REMOTE_UNREACHABLE', `${name} could not be loaded from ${url}.`, { cause }),
        ),
    );
    if (!response.ok) {
      refuse(name, new ShellError('REMOTE_UNREACHABLE', `${url} answered HTTP ${response.status}.`));
    }
    return response.arrayBuffer();
  };

  async function loadIndex(entry: FederatedEntry, integrity: string): Promise<IntegrityIndex> {
    const url = new URL('bas-integrity.json', entry.manifestUrl).href;
    const bytes = await fetchBytes(entry.id, url);
    if (!(await matches(bytes, integrity))) {
      refuse(
        entry.id,
        new ShellError('REMOTE_INTEGRITY', `${url} differs from the approved version of ${entry.id}.`),
      );
    }
    const index = JSON.parse(new TextDecoder().decode(bytes)) as IntegrityIndex;
    const folder = new URL('./', url).href;
    const map: Record<string, string> = {};
    for (const [path, hash] of Object.entries(index.files)) {
      const file = new URL(path, url).href;
      // An index pins its own build only: a path out of its folder could claim another app's files first.
      if (!file.startsWith(folder)) {
        refuse(entry.id, new ShellError('REMOTE_INTEGRITY', `${url} lists ${path}, outside its build.`));
      }
      // A file the page holds from another entry's preload, under other bytes, would run in place of this one's.
      const held = pins.pin(file, hash);
      if (held !== undefined) {
        refuse(
          entry.id,
          new ShellError(
            'REMOTE_INTEGRITY',
            `${file} was preloaded with bytes ${entry.id}'s index does not pin.`,
          ),
        );
      }
      map[file] = hash;
    }
    // The catalog's opening files were preloaded with their own hashes, and a module the page holds is not fetched
    // again under the import map's: each must be the index's file with the index's hash, before any of it runs.
    for (const opening of entry.openingFiles ?? []) {
      if (map[new URL(opening.path, url).href] !== opening.integrity) {
        refuse(
          entry.id,
          new ShellError(
            'REMOTE_INTEGRITY',
            `${url} does not pin ${opening.path} as the catalog's entry does.`,
          ),
        );
      }
    }
    // Import maps merge: these hashes hold for every module fetched from now on, static imports and lazy chunks.
    const script = document.createElement('script');
    script.type = 'importmap';
    script.nonce = options.nonce;
    script.textContent = JSON.stringify({ integrity: map });
    document.head.append(script);
    return index;
  }

  const plugin: ModuleFederationRuntimePlugin = {
    name: 'bas-integrity',
    beforeRequest(args) {
      const name = args.id.split('/')[0] ?? '';
      const entry = options.entryOf(name);
      if (entry === undefined) return args;
      const origin = new URL(entry.manifestUrl).origin;
      if (!options.remoteOrigins.includes(origin)) {
        refuse(
          name,
          new ShellError(
            'REMOTE_NOT_ALLOWED',
            `${name} is served from ${origin}, which is not in config.json's "remoteOrigins"; publish it to the portal's asset origin.`,
          ),
        );
      }
      const integrity = entry.integrity;
      if (integrity === undefined) {
        return refuse(
          name,
          new ShellError(
            'REMOTE_INTEGRITY',
            `${name} has no integrity in the catalog; the portal runs pinned builds only.`,
          ),
        );
      }
      // Started here, awaited where the manifest is fetched: the two requests go out together.
      if (remotes.get(entry.manifestUrl)?.integrity !== integrity) {
        const index = loadIndex(entry, integrity);
        index.catch(() => remotes.delete(entry.manifestUrl));
        remotes.set(entry.manifestUrl, { name, integrity, index });
      }
      return args;
    },
    fetch(url) {
      // The runtime fetches only remotes' manifests: one the catalog did not pin (a remote re-registered through
      // the runtime's globals) is refused.
      const remote = remotes.get(url);
      if (remote === undefined) {
        return Promise.reject(
          new ShellError('REMOTE_INTEGRITY', `${url} is not the manifest of an app in the catalog.`),
        );
      }
      return Promise.all([fetchBytes(remote.name, url), remote.index]).then(async ([bytes]) => {
        const expected = pins.pinned(url);
        if (expected === undefined || !(await matches(bytes, expected))) {
          refuse(
            remote.name,
            new ShellError('REMOTE_INTEGRITY', `${url} differs from the approved version of ${remote.name}.`),
          );
        }
        // Files are found beside the manifest, where they are pinned; a public path elsewhere would load them
        // unpinned.
        const { metaData } = JSON.parse(new TextDecoder().decode(bytes)) as {
          metaData?: { publicPath?: string; getPublicPath?: string };
        };
        if (metaData?.getPublicPath !== undefined || (metaData?.publicPath ?? 'auto') !== 'auto') {
          refuse(
            remote.name,
            new ShellError('REMOTE_INTEGRITY', `${url} loads its files from elsewhere (publicPath).`),
          );
        }
        return new Response(bytes, { headers: { 'content-type': 'application/json' } });
      });
    },
    createLink({ url, attrs }) {
      // Stylesheets and preloads the runtime adds for an app: pinned like its scripts.
      const hash = pins.pinned(url);
      if (hash === undefined)
        throw new ShellError('REMOTE_INTEGRITY', `${url} is not part of an approved build.`);
      const link = document.createElement('link');
      for (const [name, value] of Object.entries(attrs ?? {})) link.setAttribute(name, String(value));
      link.href = url;
      link.integrity = hash;
      link.crossOrigin = 'anonymous';
      return link;
    },
    createScript({ url }) {
      // A remote built as a classic script (webpack, rspack): its entry carries the hash; its chunks carry theirs
      // from the build (SubresourceIntegrityPlugin), which the registry checks at upload.
      const hash = pins.pinned(url);
      if (hash === undefined)
        throw new ShellError('REMOTE_INTEGRITY', `${url} is not part of an approved build.`);
      const script = document.createElement('script');
      script.src = url;
      script.integrity = hash;
      script.crossOrigin = 'anonymous';
      return script;
    },
  };

  async function findAltered(entry: FederatedEntry): Promise<string | undefined> {
    const index = await remotes.get(entry.manifestUrl)?.index.catch(() => undefined);
    if (index === undefined) return undefined;
    const base = new URL('bas-integrity.json', entry.manifestUrl);
    for (const [path, hash] of Object.entries(index.files)) {
      if (!/\.(m?js|css)$/.test(path)) continue;
      const bytes = await fetch(new URL(path, base))
        .then((response) => (response.ok ? response.arrayBuffer() : undefined))
        .catch(() => undefined);
      if (bytes !== undefined && !(await matches(bytes, hash))) return path;
    }
    return undefined;
  }

  return { plugin, findAltered };
}
