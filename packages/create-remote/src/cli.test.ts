import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRemote } from './check/checkRemote.ts';
import { readKit } from './readKit.ts';

// The built CLI, as a script or a person runs it (npm test builds first).
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const remotesDir = fileURLToPath(new URL('../../../apps/remotes/', import.meta.url));

function run(args: string[], cwd = tmpdir()) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (pnpm -r build).`);
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the bas-remote command', () => {
  it('explains every command and its exit codes', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['create', 'dev', 'check', 'login', 'publish', 'approve'])
      expect(help.output).toContain(command);
    expect(help.output).toContain('Exit codes: 0 done; 1 the remote has problems');
    expect(run(['publish', '--help']).output).toContain('--entry-url <url>');
  });

  it('exits 2 on wrong usage, saying which flag is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bas-cli-'));
    const missing = run(['create', 'layanan-saya', '--role', 'public'], dir);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('--agency is required when not run interactively');
    expect(readdirSync(dir)).toEqual([]);
    expect(run(['publish']).code).toBe(2);
    expect(run(['tidak-ada']).code).toBe(2);
  });

  it('exits 1 when a folder is not a remote, saying what is missing', () => {
    const check = run(['check'], mkdtempSync(join(tmpdir(), 'bas-cli-')));
    expect(check.code).toBe(1);
    expect(check.output).toContain("bas-remote.json is missing: it is the app's catalog entry");
  });
});

describe('the sample remotes', () => {
  // The one list of sample apps; the legacy app is not a federated remote and has nothing to check.
  const remotes = (
    JSON.parse(readFileSync(join(remotesDir, 'sample-apps.json'), 'utf8')) as { id: string; kind: string }[]
  )
    .filter((sample) => sample.kind === 'federated')
    .map((sample) => sample.id);

  it('are all built', () => {
    expect(remotes.filter((name) => !existsSync(join(remotesDir, name, 'dist/mf-manifest.json')))).toEqual(
      [],
    );
    expect(remotes.length).toBeGreaterThanOrEqual(6);
  });

  it.each(remotes)('%s passes bas-remote check as the registry would see it', (name) => {
    expect(checkRemote(join(remotesDir, name), readKit()).problems).toEqual([]);
  });
});
