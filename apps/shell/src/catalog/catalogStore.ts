import { create } from 'zustand';
import { loadShellConfig } from '../config/loadShellConfig.ts';
import { ShellError } from '../errors/ShellError.ts';
import { createAppLoader, type AppLoader } from '../remotes/createAppLoader.ts';
import type { ManifestEntry } from '@bas/manifest';
import { fetchManifest } from './fetchManifest.ts';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; entries: ManifestEntry[]; loader: AppLoader }
  | { status: 'failed'; error: ShellError };

/** The catalog the shell shows and the loader for its apps, filled once at start (and again on retry). */
export const useCatalog = create<CatalogState>()(() => ({ status: 'loading' }));

export async function loadCatalog(): Promise<void> {
  useCatalog.setState({ status: 'loading' }, true);
  try {
    const origin = window.location.origin;
    const config = await loadShellConfig(origin);
    const entries = await fetchManifest(new URL(config.manifestUrl, origin).href);
    const loader = createAppLoader(entries, config.remoteTimeoutMs);
    useCatalog.setState({ status: 'ready', entries, loader }, true);
  } catch (cause) {
    const error =
      cause instanceof ShellError
        ? cause
        : new ShellError('MANIFEST_UNAVAILABLE', 'The app catalog could not be loaded.', { cause });
    console.error(error);
    useCatalog.setState({ status: 'failed', error }, true);
  }
}
