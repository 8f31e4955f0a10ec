/**
 * The version of the remote contract this copy of the SDK provides. The shell provides its own copy to every
 * remote (the SDK is a shared singleton), so a remote declares the version it was built against in its manifest
 * entry (`sdkVersion`), and the shell compares the two with {@link isCompatibleSdkVersion} before mounting it.
 *
 * @example
 * console.log(`BAS SDK ${sdkVersion}`);
 */
export const sdkVersion = '2.3.0';

function parse(version: string): [major: number, minor: number] | undefined {
  const match = /^(\d+)\.(\d+)\.\d+(?:-[0-9A-Za-z.-]+)?$/.exec(version);
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

/**
 * Whether a remote built against SDK `declared` runs on a shell that provides SDK `provided`: the same major
 * version (a major changes the contract), and a minor no newer than the shell's (a remote may use services
 * the shell has added in that minor). Versions that are not `major.minor.patch` are never compatible.
 *
 * @example
 * isCompatibleSdkVersion('1.0.3', '1.2.0'); // true
 * isCompatibleSdkVersion('1.3.0', '1.2.0'); // false: the remote expects services the shell lacks
 * isCompatibleSdkVersion('2.0.0', '1.2.0'); // false: another contract
 */
export function isCompatibleSdkVersion(declared: string, provided: string = sdkVersion): boolean {
  const remote = parse(declared);
  const shell = parse(provided);
  if (remote === undefined || shell === undefined) return false;
  return remote[0] === shell[0] && remote[1] <= shell[1];
}
