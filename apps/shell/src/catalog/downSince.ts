import type { ManifestEntry } from '@bas/manifest';

/**
 * When the registry's monitor found the app down (`availability` on its served entry), or undefined while it
 * answers. The field is the registry's, not the agency's, and an older registry does not send it; a value of another
 * shape is taken as nothing rather than a reason to hide the app.
 */
export function downSince(entry: ManifestEntry): string | undefined {
  const availability = (entry as { availability?: { status?: unknown; since?: unknown } }).availability;
  if (availability?.status !== 'down' || typeof availability.since !== 'string') return undefined;
  return Number.isNaN(Date.parse(availability.since)) ? undefined : availability.since;
}
