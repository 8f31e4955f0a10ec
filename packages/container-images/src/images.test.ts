import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuildOutputs } from './checkBuildOutputs.ts';
import { imageRepository, images } from './images.ts';
import { jsonArgs, parseDockerfile } from './parseDockerfile.ts';
import { repositoryRoot, workspacePackages, type WorkspacePackage } from './repository.ts';

const read = (path: string) => readFileSync(join(repositoryRoot, path), 'utf8');

describe('the images', () => {
  const packages = workspacePackages(repositoryRoot);

  it.each(images)('$name copies only what the repository and its build make', (image) => {
    expect(checkBuildOutputs(repositoryRoot, read(image.dockerfile), packages)).toEqual([]);
  });

  it.each(images)('$name deploys its package, runs its first process and exposes its ports', (image) => {
    const stages = parseDockerfile(read(image.dockerfile));
    const final = stages.at(-1)?.instructions ?? [];
    expect(read(image.dockerfile)).toContain(`pnpm --filter ${image.package} deploy`);
    const cmd = final.filter((instruction) => instruction.keyword === 'CMD').at(-1);
    expect(cmd === undefined ? undefined : jsonArgs(cmd)).toEqual([image.processes[0]?.script]);
    const exposed = final
      .filter((instruction) => instruction.keyword === 'EXPOSE')
      .flatMap((instruction) => instruction.args.split(' ').map(Number));
    expect(exposed.sort()).toEqual(image.processes.flatMap((process) => process.ports).sort());
  });

  it('are each built by the CI images job, under their image name', () => {
    const workflows = join(repositoryRoot, '.github/workflows');
    const text = readdirSync(workflows)
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file) => readFileSync(join(workflows, file), 'utf8'))
      .join('\n');
    expect(text).toMatch(/^ {2}images:$/m);
    for (const image of images) {
      expect(text).toMatch(
        new RegExp(`- name: ${image.name}\\s+file: ${image.dockerfile.replaceAll('.', '\\.')}\\s`),
      );
    }
    expect(text).toContain(`tags: ${imageRepository}/bas-\${{ matrix.name }}:`);
  });

  it('keep installed packages, build output, local data, git and secrets out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(ignored).toEqual(
      expect.arrayContaining([
        '**/node_modules',
        '**/dist',
        '.data',
        '.tools',
        '.git',
        '**/test-results',
        '**/.env',
      ]),
    );
  });
});

/** A made-up workspace: package.json files by folder, and other files, in a temporary folder. */
function workspace(packages: Record<string, object>, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'bas-images-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('pnpm-workspace.yaml', 'packages:\n  - apps/*\n  - packages/*\n');
  for (const [dir, manifest] of Object.entries(packages))
    write(`${dir}/package.json`, JSON.stringify(manifest));
  for (const [path, text] of Object.entries(files)) write(path, text);
  return root;
}

describe('checkBuildOutputs', () => {
  const good = [
    'FROM node:20.20.0-bookworm-slim AS build',
    'WORKDIR /repo',
    'COPY package.json pnpm-lock.yaml ./',
    'COPY . .',
    'RUN pnpm install --frozen-lockfile \\',
    '  && pnpm --filter @t/server... run build \\',
    '  && pnpm --filter @t/server deploy --prod --store-dir /pnpm/store /out \\',
    '  && mkdir -p /data',
    'FROM gcr.io/distroless/nodejs20-debian12:nonroot',
    'WORKDIR /app',
    'COPY --from=build /out /app',
    'COPY --from=build /data /data',
    'COPY --from=build /repo/apps/web/dist /app/public',
    'CMD ["dist/main.js"]',
  ];
  const manifests = {
    'apps/server': {
      name: '@t/server',
      scripts: { build: 'tsc' },
      dependencies: { '@t/lib': 'workspace:*', '@t/web': 'workspace:*' },
    },
    'apps/web': { name: '@t/web', scripts: { build: 'vite build' } },
    'packages/lib': {
      name: '@t/lib',
      scripts: { build: 'tsc' },
      files: ['dist'],
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './package.json': './package.json',
      },
    },
  };
  const sources = { 'apps/server/src/main.ts': '', 'package.json': '{}', 'pnpm-lock.yaml': '' };
  const check = (root: string, lines: readonly string[]) =>
    checkBuildOutputs(root, lines.join('\n'), workspacePackages(root));

  it('accepts a deploy built with its dependencies, a made folder and a package build', () => {
    expect(check(workspace(manifests, sources), good)).toEqual([]);
  });

  it('reports a missing context file, an ignored one, an unbuilt deploy, an unshipped export, a copy nothing makes, and a command without a source', () => {
    const root = workspace(
      {
        ...manifests,
        'packages/lib': { ...manifests['packages/lib'], exports: { '.': './lib/index.js' } },
      },
      {
        'apps/server/src/other.ts': '',
        'package.json': '{}',
        'pnpm-lock.yaml': '',
        '.dockerignore': '*.yaml\n',
      },
    );
    const bad = good
      .map((line) => line.replace('@t/server... run build', '@t/server run build'))
      .map((line) => line.replace('COPY package.json', 'COPY package.json pnpm-workspace.yaml missing.json'))
      .map((line) => line.replace('/repo/apps/web/dist', '/repo/elsewhere'));
    expect(check(root, bad).sort()).toEqual(
      [
        'line 3: COPY missing.json: the repository has no missing.json.',
        'line 3: COPY pnpm-lock.yaml: .dockerignore leaves it out of the context.',
        'line 3: COPY pnpm-workspace.yaml: .dockerignore leaves it out of the context.',
        "@t/server is deployed without `pnpm --filter @t/server... run build` before it in the same stage: its workspace dependencies' builds would be missing.",
        '@t/lib exports lib/index.js, which its "files" field leaves out: pnpm deploy would not copy it into @t/server\'s image.',
        "line 13: COPY --from=build /repo/elsewhere: nothing in that stage makes it (a deploy target, a mkdir -p, or a package's build).",
        'line 14: CMD runs dist/main.js, but apps/server has no src/main.ts for its build to compile.',
      ].sort(),
    );
  });

  it('reads this repository: every image package is a workspace package with a build script', () => {
    const packages: ReadonlyMap<string, WorkspacePackage> = workspacePackages(repositoryRoot);
    for (const image of images) {
      const found = packages.get(image.package);
      expect(found?.manifest.scripts?.build, image.package).toBeDefined();
      expect(existsSync(join(repositoryRoot, found?.dir ?? '', 'package.json'))).toBe(true);
    }
  });
});
