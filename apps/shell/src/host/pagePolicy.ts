import type { ManifestEntry } from '@bas/manifest';
import { appRouteOf } from '../catalog/appRouteOf.ts';

/**
 * The app whose origins this document's Content-Security-Policy allows: the portal's server writes each page's
 * policy for the app at the address it was loaded from (`/layanan/<route>`), and none for any other page, so a
 * catalog of any size keeps a small header and a page allows only what its app needs. Read once, as the document
 * was loaded; moving between pages in the shell does not change the policy.
 */
const loadedFor = typeof window === 'undefined' ? undefined : appRouteOf(window.location.pathname);

/** Whether the app reaches origins of its own beyond the deployment's: an agency API, a legacy site in a frame. */
function needsOwnOrigins(entry: ManifestEntry): boolean {
  if (entry.kind === 'iframe') return true;
  return entry.kind === 'federated' && entry.apiOrigins !== undefined;
}

/**
 * Whether the app can run in this document, or its page must be loaded afresh for the policy that allows it (the
 * address is already the app's, so a reload asks the server for exactly that page).
 */
export function pageAllows(entry: ManifestEntry): boolean {
  return !needsOwnOrigins(entry) || loadedFor === entry.route;
}
