import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validEntry } from '../testEntries.fixture.ts';
import { loadSeedFiles } from './loadSeedFiles.ts';

const directory = mkdtempSync(join(tmpdir(), 'bas-seed-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function seedFile(name: string, entries: unknown[]): string {
  const path = join(directory, name);
  writeFileSync(path, JSON.stringify(entries));
  return path;
}

describe('loadSeedFiles', () => {
  it('joins the files in the order given', () => {
    const first = validEntry({ id: 'cek-pajak', route: 'cek-pajak' });
    const second = validEntry();
    const paths = [seedFile('first.json', [first]), seedFile('second.json', [second])];
    expect(loadSeedFiles(paths)).toEqual([first, second]);
  });

  it('names both files when two give the same id', () => {
    const first = seedFile('one.json', [validEntry()]);
    const second = seedFile('two.json', [validEntry({ route: 'antrean-ktp-2' })]);
    expect(() => loadSeedFiles([first, second])).toThrow(
      `Seed file ${second}: entry "antrean-ktp" reuses the id "antrean-ktp" of ${first}`,
    );
  });
});
