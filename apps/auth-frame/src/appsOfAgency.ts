/**
 * Of a catalog the frame fetched itself (the registry's answer, never the page's word), the apps whose figures code of
 * `agency` may send with the person's token: that agency's own, and public apps, which anyone may report on
 * anonymously anyway. Another agency's internal app is left out although the person may open it: its openings and
 * failures are that agency's figures and objectives, and the code in the tab is not its to speak for.
 */
export function appsOfAgency(catalog: unknown, agency: string): ReadonlySet<string> {
  const entries = (catalog as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) return new Set();
  const ids = entries.flatMap((entry) => {
    const { id, agency: owner, role } = (entry ?? {}) as { id?: unknown; agency?: unknown; role?: unknown };
    return typeof id === 'string' && (role === 'public' || owner === agency) ? [id] : [];
  });
  return new Set(ids);
}
