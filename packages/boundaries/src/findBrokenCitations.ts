import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** A place where a file of the repository points at a path the repository does not hold. */
export interface BrokenCitation {
  file: string;
  line: number;
  cited: string;
}

const textFile = /\.(md|ts|tsx|mjs|cjs|js|json|ya?ml|html|css)$/;
// Build output and generated files: cited as what a build or a run will write, never committed.
const generated =
  /(^|\/)(dist|dist-server|dist-mocks|node_modules|\.cache|\.work|\.tools|test-results|\.data)(\/|$)/;
const markdownLink = /\]\(([^)\s]+)\)/g;
const repositoryPath =
  /(?<![\w/.@-])((?:apps|packages|docs|decisions|infra|e2e|bench|scripts)\/[\w.-]+(?:\/[\w.-]+)*\.(?:ts|tsx|mjs|cjs|js|json|md|ya?ml|html|css|sh))\b/g;
const decisionNumber = /(?<![\w/.-])decisions\/(\d{4})(?![\w-])/g;
const shoutingDocument = /(?<![\w/.-])([A-Z][A-Z_]{2,}\.md)\b/g;

function tracked(root: string): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => textFile.test(file) && !generated.test(file) && !file.startsWith('bench/results/'))
    .filter((file) => file !== 'pnpm-lock.yaml' && existsSync(join(root, file)));
}

// Tests describe made-up workspaces in their fixtures; their paths and names are not citations.
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function citations(file: string, text: string): { cited: string; resolved: string; index: number }[] {
  const found: { cited: string; resolved: string; index: number }[] = [];
  const linkTargets: [number, number][] = [];
  if (file.endsWith('.md')) {
    for (const match of text.matchAll(markdownLink)) {
      const target = match[1] ?? '';
      linkTargets.push([match.index, match.index + match[0].length]);
      if (/^(https?:|mailto:|#|<)/.test(target)) continue;
      const path = target.split('#')[0] ?? '';
      if (path !== '')
        found.push({ cited: target, resolved: posix.join(posix.dirname(file), path), index: match.index });
    }
  }
  const inLink = (index: number) => linkTargets.some(([start, end]) => index >= start && index < end);
  if (!isTest(file)) {
    for (const match of text.matchAll(repositoryPath)) {
      const cited = match[1] ?? '';
      if (!inLink(match.index)) found.push({ cited, resolved: cited, index: match.index });
    }
  }
  if (!isTest(file)) {
    for (const match of text.matchAll(decisionNumber)) {
      found.push({ cited: match[0], resolved: match[0], index: match.index });
    }
    for (const match of text.matchAll(shoutingDocument)) {
      const cited = match[1] ?? '';
      found.push({ cited, resolved: posix.join(posix.dirname(file), cited), index: match.index });
    }
  }
  return found.filter((citation) => !generated.test(citation.resolved));
}

function exists(root: string, path: string): boolean {
  const decision = /^decisions\/(\d{4})$/.exec(path);
  if (decision !== null) {
    return readdirSync(join(root, 'decisions')).some((name) => name.startsWith(`${decision[1]}-`));
  }
  return existsSync(join(root, path));
}

/**
 * Every relative Markdown link, every cited repository path (`apps/shell/src/main.tsx`, `decisions/0011`) and every
 * cited document named in capitals (a readme, a design note) in the repository's tracked text files that points at
 * nothing in the repository. A newcomer who clones it must be able to follow each one.
 */
export function findBrokenCitations(root: string): BrokenCitation[] {
  return tracked(root).flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return citations(file, text)
      .filter(
        (citation) => !exists(root, citation.resolved) && !exists(root, join(dirname(file), citation.cited)),
      )
      .map((citation) => ({
        file,
        line: text.slice(0, citation.index).split('\n').length,
        cited: citation.cited,
      }));
  });
}
