import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The tools' versions: built from source by `go install`, since Go's module proxy is reachable where releases may not be. */
export const tools = {
  kustomize: 'sigs.k8s.io/kustomize/kustomize/v5@v5.7.1',
  kubeconform: 'github.com/yannh/kubeconform/cmd/kubeconform@v0.7.0',
} as const;

const toolsDir = join(repositoryRoot, '.tools', 'go');

function findGo(): string {
  const go = ['go', '/usr/local/go/bin/go'].find(
    (candidate) => spawnSync(candidate, ['version'], { stdio: 'ignore' }).status === 0,
  );
  if (go === undefined) {
    throw new Error(
      'The deployment is rendered with kustomize and validated with kubeconform, built with Go: no `go` on PATH or in /usr/local/go. ' +
        'npm test fetches Go itself; running vitest alone, install Go 1.22 or later (https://go.dev/dl/) and run the tests again.',
    );
  }
  return go;
}

/**
 * The tool's binary in `.tools/go/bin` (git-ignored), built with `go install` the first time or when the version
 * changed. Go's module and build caches live beside it, so nothing is written outside the repository.
 */
export function goTool(name: keyof typeof tools): string {
  const binary = join(toolsDir, 'bin', name);
  const stamp = join(toolsDir, 'bin', `${name}@${tools[name].split('@')[1]}`);
  if (existsSync(binary) && existsSync(stamp)) return binary;
  mkdirSync(join(toolsDir, 'bin'), { recursive: true });
  const built = spawnSync(findGo(), ['install', tools[name]], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GOBIN: join(toolsDir, 'bin'),
      GOPATH: join(toolsDir, 'path'),
      GOCACHE: join(toolsDir, 'cache'),
      GOFLAGS: '-mod=mod',
    },
    timeout: 280_000,
  });
  if (built.status !== 0) {
    throw new Error(
      `go install ${tools[name]} failed; is Go's module proxy (proxy.golang.org) reachable?\n${built.error?.message ?? built.stderr}`,
    );
  }
  spawnSync('touch', [stamp]);
  return binary;
}
