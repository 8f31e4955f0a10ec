/**
 * The person as the device remembers their survey asks: `anonim` for a visitor, otherwise a short SHA-256 of the
 * username. The page never holds the identity provider's subject (`sub`), and a username in clear would tell the
 * next user of a shared device who used which service. (Web Crypto needs a secure context, as the portal's
 * sign-in already does.)
 */
export async function personKey(username: string | undefined): Promise<string> {
  if (username === undefined) return 'anonim';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(username));
  return [...new Uint8Array(digest).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
