const placeholder = /\{origin:([a-z0-9_-]+)\}/g;

/**
 * Replaces `{origin:<remote>}` in the manifest with the origin the gateway serves that remote on, so the ports
 * can change without editing the manifest. A placeholder for a remote the gateway does not serve is an error.
 */
export function resolveManifest(template: unknown, origins: ReadonlyMap<string, string>): unknown {
  const text = JSON.stringify(template).replace(placeholder, (_, name: string) => {
    const origin = origins.get(name);
    if (origin === undefined) {
      throw new Error(
        `The manifest refers to {origin:${name}}, but no remote "${name}" is served; add it to the gateway's remotes or use a full URL.`,
      );
    }
    return origin;
  });
  return JSON.parse(text) as unknown;
}
