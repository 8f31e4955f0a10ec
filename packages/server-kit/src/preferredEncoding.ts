/**
 * The best encoding a client accepts among those a body is kept in: brotli, then gzip, else none. Bodies served
 * from memory are compressed once ahead of time, so this only picks one.
 */
export function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = acceptEncoding ?? '';
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}
