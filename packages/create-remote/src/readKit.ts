import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** What a remote is checked against and scaffolded with; written by the build from the shell's own versions. */
export interface Kit {
  /** The @bas/sdk version the portal provides. */
  sdkVersion: string;
  /** The shell's singletons by package, at the versions the shell provides. */
  singletons: Record<string, string>;
  /** This repository's BAS packages at their versions. */
  packages: Record<string, string>;
  /** The toolchain a scaffolded remote builds and tests with. */
  tools: Record<string, string>;
}

const packageRoot = new URL('../', import.meta.url);

export function readKit(): Kit {
  return JSON.parse(readFileSync(new URL('dist/kit.json', packageRoot), 'utf8')) as Kit;
}

/**
 * This repository's BAS packages packed as tarballs (`kit/`), by package name, when the CLI runs from the
 * repository; empty when it was installed from a registry, where the packages come from the registry too.
 */
export function kitTarballs(): Map<string, string> {
  const dir = new URL('kit/', packageRoot);
  const tarballs = new Map<string, string>();
  if (!existsSync(dir)) return tarballs;
  for (const file of readdirSync(dir)) {
    const match = /^bas-(.+)-\d+\.\d+\.\d+\.tgz$/.exec(file);
    if (match?.[1] !== undefined) tarballs.set(`@bas/${match[1]}`, new URL(file, dir).pathname);
  }
  return tarballs;
}

/** Where the CLI's own files are: the templates it scaffolds from. */
export const templatesDir = new URL('templates/', packageRoot).pathname;
