import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validEntry } from '../testEntries.fixture.ts';
import { loadSeedFile } from './loadSeedFile.ts';

const directory = mkdtempSync(join(tmpdir(), 'bas-seed-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function seedFile(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

describe('loadSeedFile', () => {
  it('returns the entries of a valid file as written', () => {
    const entries = [validEntry(), validEntry({ id: 'cek-pajak', route: 'cek-pajak' })];
    expect(loadSeedFile(seedFile('valid.json', JSON.stringify(entries)))).toEqual(entries);
  });

  it('names the file, the entry and the problem of an invalid entry', () => {
    const path = seedFile(
      'invalid.json',
      JSON.stringify([validEntry(), validEntry({ id: 'cek-pajak', route: 'cek-pajak', version: 'satu' })]),
    );
    expect(() => loadSeedFile(path)).toThrow(
      `Seed file ${path} is invalid:\n  - entry "cek-pajak", field version: must be a semantic version like 1.4.0`,
    );
  });

  it('names the file when it is not JSON', () => {
    const path = seedFile('broken.json', '[{ "id": "cek-pajak", }]');
    expect(() => loadSeedFile(path)).toThrow(`Seed file ${path} cannot be read as JSON`);
  });
});
