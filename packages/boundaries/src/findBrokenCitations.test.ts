import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBrokenCitations } from './findBrokenCitations.ts';

const repository = fileURLToPath(new URL('../../../', import.meta.url));

describe('findBrokenCitations', () => {
  it('finds every link and cited path of this repository in it', () => {
    expect(findBrokenCitations(repository)).toEqual([]);
  });

  it('reports links, cited files, decisions and documents that are not in the repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'bas-citations-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('decisions/0001-first.md', '# 0001');
    write('apps/shell/src/main.tsx', '// see decisions/0001 and decisions/0002, apps/shell/src/gone.ts');
    write(
      'README.md',
      'Read [the first](decisions/0001-first.md), [a missing one](docs/architecture.md#parts) and ROADMAP.md.\nBuilt into apps/shell/dist/index.html.',
    );
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['add', '.'], { cwd: root });
    expect(findBrokenCitations(root)).toEqual([
      { file: 'README.md', line: 1, cited: 'docs/architecture.md#parts' },
      { file: 'README.md', line: 1, cited: 'ROADMAP.md' },
      { file: 'apps/shell/src/main.tsx', line: 1, cited: 'apps/shell/src/gone.ts' },
      { file: 'apps/shell/src/main.tsx', line: 1, cited: 'decisions/0002' },
    ]);
  });
});
