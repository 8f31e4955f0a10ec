const dotSegment = /(^|\/)\.{1,2}(\/|$)/;

/**
 * Whether a path inside an app climbs out of it: a "." or ".." segment before its query, also spelt "%2e", which
 * browsers read as a dot ("%2e%2e/cek-izin" from `/layanan/aduan-warga/` is `/layanan/cek-izin`).
 *
 * @example
 * climbsOutOfApp('status/KK-1'); // false
 * climbsOutOfApp('%2E./lain'); // true
 */
export function climbsOutOfApp(path: string): boolean {
  return dotSegment.test((path.split(/[?#]/, 1)[0] ?? '').toLowerCase().replaceAll('%2e', '.'));
}
