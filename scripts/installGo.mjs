// The deployment's validation (deploy/) builds kustomize and kubeconform from source with `go install`: they are Go
// programs, and the Go module proxy is reachable where GitHub's release downloads may not be. This finds a Go of 1.22
// or later, or fetches Go's own toolchain module from the proxy into .tools/go-toolchain (git-ignored) and returns
// the folder to put first on PATH.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const toolchain = 'go1.25.14';
const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
// The zips' SHA-256, taken once from the proxy: a download that differs is refused, not run.
const sha256 = {
  amd64: '1bb543a7745d4c6e045a1bfdb4c4d5a0b05b71ee8b8ff72c0a351598b26991a4',
  arm64: 'eee0803776a2a3d42f0620d7b0156277350debb5d39c99a9b61c8b12108fd92c',
};

function goVersion(go) {
  const result = spawnSync(go, ['env', 'GOVERSION'], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local' },
  });
  const match = result.status === 0 ? /^go1\.(\d+)/.exec(result.stdout.trim()) : null;
  return match ? Number(match[1]) : undefined;
}

/** The folder holding a `go` of 1.22 or later: the one on PATH, /usr/local/go's, or the fetched one. */
export async function installGo(root) {
  for (const [bin, go] of [
    [undefined, 'go'],
    ['/usr/local/go/bin', '/usr/local/go/bin/go'],
  ]) {
    if ((goVersion(go) ?? 0) >= 22) return bin;
  }
  const dir = join(root, '.tools', 'go-toolchain');
  const module = `v0.0.1-${toolchain}.linux-${arch}`;
  const bin = join(dir, `golang.org/toolchain@${module}`, 'bin');
  if (existsSync(join(bin, 'go'))) return bin;
  if (process.platform !== 'linux' || arch === undefined) {
    throw new Error(`No Go 1.22 or later on PATH. Install Go (https://go.dev/dl/) and run the tests again.`);
  }
  console.log(`\n▶ Fetching Go (${toolchain}) from the Go module proxy into ${dir}`);
  const url = `https://proxy.golang.org/golang.org/toolchain/@v/${module}.zip`;
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(
      `${url} answered ${response.status}. Install Go 1.22 or later yourself and run the tests again.`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const zip = join(dir, `${module}.zip`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== sha256[arch]) {
    throw new Error(
      `${url} is not the Go ${toolchain} this project pinned (SHA-256 ${digest}); nothing was installed.`,
    );
  }
  writeFileSync(zip, bytes);
  // Python's zipfile keeps no file modes, so unzip it is (Debian's unzip; installed by npm test as root).
  const unpacked = spawnSync('unzip', ['-q', zip, '-d', dir], { stdio: 'inherit' });
  rmSync(zip);
  if (unpacked.status !== 0)
    throw new Error(`Unpacking ${zip} failed: is unzip installed (apt-get install unzip)?`);
  return bin;
}
