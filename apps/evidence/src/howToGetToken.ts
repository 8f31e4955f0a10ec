/**
 * What to do without a token, for a registry (or the portal in front of it) at `registryUrl`: the registry answers
 * `/api/evidence` to a platform admin signed in with a catalog client, and `bas-remote login` is how a person gets
 * such a token from the command line (with the portal's real identity provider as with the dev one).
 */
export function howToGetToken(registryUrl: URL): string {
  const portal = registryUrl.origin;
  const cli = 'node packages/create-remote/dist/cli.js';
  return [
    `Set BAS_EVIDENCE_TOKEN to an access token of a platform admin (role "admin") of the bas-cli client. From this repository:`,
    `  ${cli} login --portal ${portal} --profile admin    # open the address it prints and sign in as an admin`,
    `  ${cli} whoami --portal ${portal} --profile admin   # renews the kept token if it has expired`,
    `  export BAS_EVIDENCE_TOKEN="$(node -p "require(require('node:os').homedir() + '/.config/bas-remote/credentials.json')['${portal}#admin'].accessToken")"`,
    "The token lasts minutes (the realm's access token lifespan): run the evidence command right after.",
  ].join('\n');
}
