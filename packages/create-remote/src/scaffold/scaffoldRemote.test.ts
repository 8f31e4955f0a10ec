import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEntry } from '@bas/manifest';
import { describe, expect, it } from 'vitest';
import { fixtureKit } from '../testing/fixtureKit.ts';
import { scaffoldRemote } from './scaffoldRemote.ts';

const target = () => join(mkdtempSync(join(tmpdir(), 'bas-scaffold-')), 'layanan-saya');
const options = { appId: 'layanan-saya', agency: 'dinkes', role: 'public' as const, name: 'Layanan Saya' };

describe('scaffoldRemote', () => {
  it('writes a remote whose catalog entry is valid and whose code names the app', () => {
    const dir = target();
    scaffoldRemote({ ...options, dir }, fixtureKit, new Map());
    const entry = JSON.parse(readFileSync(join(dir, 'bas-remote.json'), 'utf8')) as Record<string, unknown>;
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    // One version: package.json's.
    expect(entry).not.toHaveProperty('version');
    expect(validateEntry({ ...entry, version }, { environment: 'development' })).toMatchObject({ ok: true });
    expect(entry).toMatchObject({
      id: 'layanan-saya',
      agency: 'dinkes',
      role: 'public',
      sdkVersion: '2.0.0',
      requiresLogin: true,
    });
    expect(readFileSync(join(dir, 'vite.config.ts'), 'utf8')).toContain("appId: 'layanan-saya'");
    expect(readFileSync(join(dir, 'src/App.tsx'), 'utf8')).not.toContain('{{');
    expect(existsSync(join(dir, '.gitignore'))).toBe(true);
  });

  it("depends on the shell's singleton versions, and on the BAS packages from the registry when there is no kit", () => {
    const dir = target();
    scaffoldRemote({ ...options, dir }, fixtureKit, new Map());
    const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(packageJson.dependencies).toEqual({
      '@bas/sdk': '^2.0.0',
      '@bas/ui': '^1.0.0',
      react: '19.3.1',
      'react-dom': '19.3.1',
      'react-router': '7.18.7',
      zustand: '5.1.0',
    });
    expect(packageJson.devDependencies).toMatchObject({
      '@bas/create-remote': '^1.0.0',
      '@bas/manifest': '^0.2.0',
      vite: '8.3.8',
    });
  });

  it("installs this repository's packed kit from vendor/, never from paths into the repository", () => {
    const dir = target();
    const tarball = join(mkdtempSync(join(tmpdir(), 'bas-kit-')), 'bas-sdk-2.0.0.tgz');
    writeFileSync(tarball, 'packed');
    scaffoldRemote({ ...options, dir }, fixtureKit, new Map([['@bas/sdk', tarball]]));
    const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(packageJson.dependencies['@bas/sdk']).toBe('file:vendor/bas-sdk-2.0.0.tgz');
    expect(readFileSync(join(dir, 'vendor/bas-sdk-2.0.0.tgz'), 'utf8')).toBe('packed');
  });

  it('refuses what it cannot use, saying what would do', () => {
    const dir = target();
    expect(() => scaffoldRemote({ ...options, appId: 'Layanan Saya', dir }, fixtureKit)).toThrow(
      'use 3 to 50 lowercase letters, digits and dashes',
    );
    expect(() => scaffoldRemote({ ...options, agency: 'dinas-x', dir }, fixtureKit)).toThrow(
      /use one of: setda, setwan,/,
    );
    scaffoldRemote({ ...options, dir }, fixtureKit, new Map());
    expect(() => scaffoldRemote({ ...options, dir }, fixtureKit, new Map())).toThrow(
      'already exists and is not empty',
    );
  });
});
