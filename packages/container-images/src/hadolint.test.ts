import { beforeAll, describe, expect, it } from 'vitest';
import { ensureHadolint, runHadolint, type HadolintFinding } from './hadolint.ts';
import { findDockerfiles, repositoryRoot } from './repository.ts';

const listed = (findings: readonly HadolintFinding[]) =>
  findings.map(
    (finding) => `${finding.file}:${finding.line} ${finding.code} (${finding.level}) ${finding.message}`,
  );

describe('hadolint', () => {
  let hadolint = '';
  // The first run installs hadolint with pip: a 12 MB download.
  beforeAll(() => {
    hadolint = ensureHadolint(repositoryRoot);
  }, 120_000);

  it('finds nothing at all, of any level, in any Dockerfile of the repository', () => {
    const dockerfiles = findDockerfiles(repositoryRoot);
    expect(dockerfiles.length).toBeGreaterThanOrEqual(3);
    expect(listed(runHadolint(hadolint, repositoryRoot, { files: dockerfiles }))).toEqual([]);
  });

  it('reports a floating base image, a cd, an untrusted registry and unpinned apt packages', () => {
    const findings = runHadolint(hadolint, repositoryRoot, {
      text: [
        'FROM node:latest',
        'RUN cd /x && make',
        'FROM quay.io/someone/node:20',
        'RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
        '',
      ].join('\n'),
    });
    expect(findings.map((finding) => `${finding.line} ${finding.code}`)).toEqual(
      expect.arrayContaining(['1 DL3007', '2 DL3003', '3 DL3026', '4 DL3008']),
    );
  });
});
