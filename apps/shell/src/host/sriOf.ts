/** The SRI hash of `bytes` (`sha384-…`), as `integrity` attributes and import maps carry it. */
export async function sriOf(bytes: ArrayBuffer, algorithm = 'SHA-384'): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest(algorithm, bytes));
  return `${algorithm.replace('-', '').toLowerCase()}-${btoa(String.fromCharCode(...digest))}`;
}
