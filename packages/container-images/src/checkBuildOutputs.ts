import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { jsonArgs, parseDockerfile, type Stage } from './parseDockerfile.ts';
import type { WorkspacePackage } from './repository.ts';

/** What a stage's RUN steps make: the packages it builds and deploys, and the folders it creates. */
interface StageWork {
  built: { name: string; withDependencies: boolean }[];
  deployed: { name: string; target: string }[];
  made: string[];
}

function stageWork(stage: Stage): StageWork {
  const work: StageWork = { built: [], deployed: [], made: [] };
  const commands = stage.instructions
    .filter((instruction) => instruction.keyword === 'RUN')
    .flatMap((instruction) => instruction.args.split('&&').map((command) => command.trim()));
  for (const command of commands) {
    const build = /^pnpm --filter (\S+?)(\.\.\.)? (?:run )?build$/.exec(command);
    if (build !== null) work.built.push({ name: build[1] ?? '', withDependencies: build[2] !== undefined });
    const deploy = /^pnpm --filter (\S+) deploy\s.*\s(\S+)$/.exec(command);
    if (deploy !== null) work.deployed.push({ name: deploy[1] ?? '', target: deploy[2] ?? '' });
    const mkdir = /^mkdir -p (.+)$/.exec(command);
    if (mkdir !== null) work.made.push(...(mkdir[1] ?? '').split(/\s+/));
  }
  return work;
}

/** The string leaves of a package.json `exports` value: the files it lets others import. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportTargets);
}

/** A package and the workspace packages it needs at run time (dependencies and optionalDependencies). */
function runtimeClosure(name: string, packages: ReadonlyMap<string, WorkspacePackage>): string[] {
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const manifest = packages.get(current)?.manifest;
    for (const [dependency, spec] of Object.entries({
      ...manifest?.dependencies,
      ...manifest?.optionalDependencies,
    })) {
      if (spec.startsWith('workspace:') && packages.has(dependency)) visit(dependency);
    }
  };
  visit(name);
  return [...seen];
}

/**
 * `pnpm deploy` copies a workspace package with only the files its `files` field lists, when it has one: whatever
 * it exports (its build) must be among them, or the image lacks it.
 */
function shippedExports(name: string, packages: ReadonlyMap<string, WorkspacePackage>): string[] {
  return runtimeClosure(name, packages).flatMap((member) => {
    const manifest = packages.get(member)?.manifest;
    const files = manifest?.files?.map((entry) => entry.replace(/^\.\//, '').replace(/\/$/, ''));
    if (manifest === undefined || files === undefined) return [];
    return exportTargets(manifest.exports)
      .map((target) => target.replace(/^\.\//, ''))
      .filter((target) => target !== 'package.json')
      .filter((target) => !files.some((entry) => target === entry || target.startsWith(`${entry}/`)))
      .map(
        (target) =>
          `${member} exports ${target}, which its "files" field leaves out: pnpm deploy would not copy it into ${name}'s image.`,
      );
  });
}

/** A .dockerignore's patterns as a test of a context path (Docker's syntax: `**`, `*`, `?`, `!` to keep again). */
function dockerignore(root: string): (path: string) => boolean {
  const file = join(root, '.dockerignore');
  if (!existsSync(file)) return () => false;
  const rules = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const keep = line.startsWith('!');
      const pattern = posix.normalize((keep ? line.slice(1) : line).replace(/^\//, ''));
      const source = pattern
        .split(/(\*\*\/|\*\*|\*|\?)/)
        .map((part) =>
          part === '**/'
            ? '(?:.*/)?'
            : part === '**'
              ? '.*'
              : part === '*'
                ? '[^/]*'
                : part === '?'
                  ? '[^/]'
                  : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      return { keep, pattern: new RegExp(`^${source}$`) };
    });
  return (path) => {
    // A pattern that matches a folder leaves out everything in it.
    const prefixes = path.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'));
    let ignored = false;
    for (const rule of rules) {
      if (prefixes.some((prefix) => rule.pattern.test(prefix))) ignored = !rule.keep;
    }
    return ignored;
  };
}

/** The flags of a COPY (`--from=build`, `--chown=…`) and its sources and destination. */
function copyParts(args: string): { from: string | undefined; sources: string[]; destination: string } {
  const words = args.split(' ').filter((word) => word !== '');
  const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
  const paths = words.filter((word) => !word.startsWith('--'));
  return { from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' };
}

/**
 * What a Dockerfile copies, checked against what the repository and its build make, without building: every file
 * copied from the build context exists and is not left out by .dockerignore; every package a stage deploys is
 * built there first with its workspace dependencies, and ships what it exports; everything copied from a stage is
 * made in that stage; and the command of the image is a script of the deployed package (`dist/x.js` from
 * `src/x.ts`). Returns what is wrong, as sentences.
 */
export function checkBuildOutputs(
  root: string,
  text: string,
  packages: ReadonlyMap<string, WorkspacePackage>,
): string[] {
  const stages = parseDockerfile(text);
  const ignored = dockerignore(root);
  const problems: string[] = [];
  const works = stages.map(stageWork);
  stages.forEach((stage, index) => {
    const work = works[index] ?? stageWork(stage);
    for (const { name } of work.deployed) {
      const found = packages.get(name);
      if (found === undefined) {
        problems.push(`line ${stage.line}: the stage deploys ${name}, which is no workspace package.`);
        continue;
      }
      if (found.manifest.scripts?.build === undefined)
        problems.push(`${name} is deployed but has no build script: its dist/ would be missing.`);
      if (!work.built.some((built) => built.name === name && built.withDependencies))
        problems.push(
          `${name} is deployed without \`pnpm --filter ${name}... run build\` before it in the same stage: its workspace dependencies' builds would be missing.`,
        );
      problems.push(...shippedExports(name, packages));
    }
    for (const instruction of stage.instructions.filter((each) => each.keyword === 'COPY')) {
      const copy = copyParts(instruction.args);
      if (copy.from === undefined) {
        for (const source of copy.sources.filter((each) => each !== '.')) {
          if (!existsSync(join(root, source)))
            problems.push(`line ${instruction.line}: COPY ${source}: the repository has no ${source}.`);
          else if (ignored(source))
            problems.push(
              `line ${instruction.line}: COPY ${source}: .dockerignore leaves it out of the context.`,
            );
        }
        continue;
      }
      const fromIndex = stages.findIndex((other, at) => other.name === copy.from || String(at) === copy.from);
      const fromStage = stages[fromIndex];
      const fromWork = works[fromIndex];
      if (fromStage === undefined || fromWork === undefined) {
        problems.push(`line ${instruction.line}: COPY --from=${copy.from}: there is no such stage.`);
        continue;
      }
      const workdir = fromStage.instructions.filter((each) => each.keyword === 'WORKDIR').at(-1)?.args ?? '/';
      for (const source of copy.sources) {
        const madeHere =
          fromWork.deployed.some((deployed) => deployed.target === source) || fromWork.made.includes(source);
        // A package's build output copied straight from the workspace (/repo/apps/x/dist): its build makes it.
        const relative = posix.relative(workdir, source);
        const builtBy = [...packages.values()].find(
          (found) => relative.startsWith(`${found.dir}/`) && found.manifest.scripts?.build !== undefined,
        );
        if (!madeHere && builtBy === undefined)
          problems.push(
            `line ${instruction.line}: COPY --from=${copy.from} ${source}: nothing in that stage makes it (a deploy target, a mkdir -p, or a package's build).`,
          );
      }
    }
  });
  problems.push(...commandProblems(root, stages, works, packages));
  return problems;
}

/** The final stage's command runs a script of the package deployed into its working folder. */
function commandProblems(
  root: string,
  stages: readonly Stage[],
  works: readonly StageWork[],
  packages: ReadonlyMap<string, WorkspacePackage>,
): string[] {
  const final = stages.at(-1);
  const cmd = final?.instructions.filter((instruction) => instruction.keyword === 'CMD').at(-1);
  if (final === undefined || cmd === undefined) return ['The final stage has no CMD.'];
  const script = jsonArgs(cmd)?.[0];
  if (script === undefined)
    return [`line ${cmd.line}: CMD ${cmd.args}: give it in JSON form, the script first.`];
  const workdir = final.instructions.filter((instruction) => instruction.keyword === 'WORKDIR').at(-1)?.args;
  const deployedHere = final.instructions
    .filter((instruction) => instruction.keyword === 'COPY')
    .map((instruction) => copyParts(instruction.args))
    .filter((copy) => copy.destination === workdir)
    .flatMap((copy) => {
      const index = stages.findIndex((stage) => stage.name === copy.from);
      return (works[index]?.deployed ?? []).filter((deployed) => copy.sources.includes(deployed.target));
    });
  const deployed = deployedHere[0];
  const found = deployed === undefined ? undefined : packages.get(deployed.name);
  if (found === undefined)
    return [
      `line ${cmd.line}: CMD runs ${script}, but no deployed package is copied into WORKDIR ${workdir}.`,
    ];
  const source = script.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
  return existsSync(join(root, found.dir, source))
    ? []
    : [`line ${cmd.line}: CMD runs ${script}, but ${found.dir} has no ${source} for its build to compile.`];
}
