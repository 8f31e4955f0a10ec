import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDockerfile } from './checkDockerfile.ts';
import { parseDockerfile } from './parseDockerfile.ts';
import { findDockerfiles, repositoryRoot } from './repository.ts';

describe('checkDockerfile', () => {
  it.each(findDockerfiles(repositoryRoot))('%s keeps the project rules', (dockerfile) => {
    expect(checkDockerfile(readFileSync(join(repositoryRoot, dockerfile), 'utf8'))).toEqual([]);
  });

  it('reports one stage, a floating base image, no USER, a download and no NODE_ENV', () => {
    const problems = checkDockerfile(
      ['FROM node:latest', 'ADD https://example.com/tool.tar.gz /opt/', 'CMD ["node", "main.js"]', ''].join(
        '\n',
      ),
    );
    expect(problems.map(({ line, rule }) => `${line} ${rule}`)).toEqual([
      '1 multi-stage',
      '1 pinned-base',
      '1 non-root-user',
      '1 production-env',
      '2 no-remote-add',
    ]);
    expect(problems.find((problem) => problem.rule === 'non-root-user')?.message).toContain('run as root');
  });

  it('reports an untagged image, root by name, a named user and an image from a build argument', () => {
    const base = (user: string) =>
      ['FROM node AS build', 'FROM build', 'ENV NODE_ENV=production', `USER ${user}`, ''].join('\n');
    expect(checkDockerfile(base('root')).map(({ line, rule }) => `${line} ${rule}`)).toEqual([
      '1 pinned-base',
      '4 non-root-user',
    ]);
    expect(checkDockerfile(base('node:node')).map((problem) => problem.message)).toEqual([
      expect.stringContaining('untagged'),
      expect.stringContaining('numeric UID'),
    ]);
    const fromArgument = [
      'ARG BASE',
      'FROM ${BASE} AS build',
      'FROM build',
      'ENV NODE_ENV=production',
      'USER 10001',
    ];
    expect(checkDockerfile(fromArgument.join('\n')).map(({ rule }) => rule)).toEqual(['pinned-base']);
  });

  it('accepts a digest, a stage built on an earlier one, and quoted production', () => {
    const text = [
      'FROM node@sha256:0123abcd AS build',
      'FROM build AS test',
      'FROM gcr.io/distroless/nodejs20-debian12:nonroot',
      'ENV NODE_ENV="production"',
      'USER 65532:65532',
    ].join('\n');
    expect(checkDockerfile(text)).toEqual([]);
  });
});

describe('parseDockerfile', () => {
  it('joins continued lines, drops comments inside them, and groups instructions by stage', () => {
    const stages = parseDockerfile(
      [
        '# a comment',
        'FROM --platform=linux/amd64 node:20 AS build',
        'RUN apt-get update \\',
        '  # why the next line',
        '  && apt-get install -y make',
        'FROM gcr.io/distroless/nodejs20-debian12:nonroot',
        'COPY --from=build /out /app',
      ].join('\n'),
    );
    expect(stages).toEqual([
      {
        image: 'node:20',
        name: 'build',
        line: 2,
        instructions: [{ keyword: 'RUN', args: 'apt-get update && apt-get install -y make', line: 3 }],
      },
      {
        image: 'gcr.io/distroless/nodejs20-debian12:nonroot',
        name: undefined,
        line: 6,
        instructions: [{ keyword: 'COPY', args: '--from=build /out /app', line: 7 }],
      },
    ]);
  });
});
