import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCliOptions } from '../src/readCliOptions.ts';
import { runCli } from '../src/runCli.ts';

const now = new Date('2026-12-02T05:30:00Z');

/** What the command prints and its exit code. */
async function run(args: string[], env: Record<string, string> = {}) {
  const errors: string[] = [];
  const logs: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
  vi.spyOn(console, 'log').mockImplementation((line: string) => logs.push(line));
  const code = await runCli(args, env);
  return { code, errors: errors.join('\n'), logs: logs.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('npm run evidence', () => {
  it.each([
    [['--period', '26'], '--period must be a year of four digits (YYYY), e.g. --period 2026; got "26".'],
    [['--period', '2o26'], '--period must be a year of four digits (YYYY), e.g. --period 2026; got "2o26".'],
    [['--period', '9999'], '--period 9999 has not begun: give'],
    [[], '--period is required: the year whose evidence to assemble, e.g. npm run evidence -- --period'],
    [['--periode', '2026'], "Unknown option '--periode'"],
  ])('refuses %j with a message that names the flag, exit 2', async (args, message) => {
    const { code, errors } = await run(args);
    expect(code).toBe(2);
    expect(errors).toContain(message);
  });

  it('refuses a registry address that is not http(s), naming the variable', async () => {
    const { code, errors } = await run(['--period', '2026'], { BAS_REGISTRY_URL: 'bas.kotabogor.go.id' });
    expect(code).toBe(2);
    expect(errors).toContain('BAS_REGISTRY_URL must be the http(s) address');
  });

  it('without a token for a registry elsewhere, says exactly how to get one, exit 1', async () => {
    const { code, errors } = await run(['--period', '2026'], {
      BAS_REGISTRY_URL: 'https://bas.kotabogor.go.id',
    });
    expect(code).toBe(1);
    expect(errors).toContain('No BAS_EVIDENCE_TOKEN for the registry at https://bas.kotabogor.go.id.');
    expect(errors).toContain(
      'node packages/create-remote/dist/cli.js login --portal https://bas.kotabogor.go.id --profile admin',
    );
    expect(errors).toContain("['https://bas.kotabogor.go.id#admin'].accessToken");
  });

  it('prints its usage for --help', async () => {
    const { code, logs } = await run(['--help']);
    expect(code).toBe(0);
    expect(logs).toContain('Usage: npm run evidence -- --period YYYY [--out DIR]');
  });
});

describe('readCliOptions', () => {
  it('defaults to evidence/<period> and the portal npm start runs', () => {
    expect(readCliOptions(['--period', '2026'], {}, now)).toEqual({
      period: '2026',
      outDir: 'evidence/2026',
      registryUrl: new URL('http://127.0.0.1:4100'),
      token: undefined,
      screenshots: 'auto',
    });
  });

  it('takes --out, BAS_REGISTRY_URL and BAS_EVIDENCE_TOKEN', () => {
    expect(
      readCliOptions(
        ['--period=2025', '--out', '/tmp/spbe'],
        { BAS_REGISTRY_URL: 'https://bas.kotabogor.go.id', BAS_EVIDENCE_TOKEN: ' ey.token \n' },
        now,
      ),
    ).toEqual({
      period: '2025',
      outDir: '/tmp/spbe',
      registryUrl: new URL('https://bas.kotabogor.go.id'),
      token: 'ey.token',
      screenshots: 'auto',
    });
  });

  it('takes --screenshots and --no-screenshots, not both', () => {
    expect(readCliOptions(['--period', '2026', '--screenshots'], {}, now).screenshots).toBe('on');
    expect(readCliOptions(['--period', '2026', '--no-screenshots'], {}, now).screenshots).toBe('off');
    expect(() => readCliOptions(['--period', '2026', '--screenshots', '--no-screenshots'], {}, now)).toThrow(
      'Give --screenshots or --no-screenshots, not both.',
    );
  });

  it("refuses a screenshot account's name without its password, naming both settings", () => {
    expect(() =>
      readCliOptions(['--period', '2026'], { BAS_EVIDENCE_PUBLIC_USER: 'uji.warga' }, now),
    ).toThrow(
      'BAS_EVIDENCE_PUBLIC_PASSWORD is missing: set both BAS_EVIDENCE_PUBLIC_USER and BAS_EVIDENCE_PUBLIC_PASSWORD',
    );
    expect(() =>
      readCliOptions(['--period', '2026'], { BAS_EVIDENCE_INTERNAL_PASSWORD_KEC_BOGOR_TENGAH: 'x' }, now),
    ).toThrow('BAS_EVIDENCE_INTERNAL_USER_KEC_BOGOR_TENGAH is missing');
  });
});
