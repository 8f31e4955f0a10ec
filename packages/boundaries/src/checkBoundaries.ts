import { execFileSync } from 'node:child_process';
import { cruise } from 'dependency-cruiser';
import { boundaryRules } from './boundaryRules.ts';
import { readWorkspace } from './readWorkspace.ts';

/** One import that breaks a rule, such as a registry file importing the shell's sources (no-app-imports-another-app). */
export interface BoundaryViolation {
  from: string;
  to: string;
  rule: string;
  why: string;
}

const source = /\.(ts|tsx|mts|js|mjs|cjs)$/;
// The scaffold's template imports what a scaffolded remote installs, not what this repository does.
const notOwnCode = /^packages\/create-remote\/templates\//;

/** The packages' own code: tracked source files, so build output is never taken for source (but is a target). */
function sourceFiles(root: string, packageDirs: readonly string[]): string[] {
  return execFileSync('git', ['ls-files', '-z', ...packageDirs], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => source.test(file) && !notOwnCode.test(file));
}

/**
 * Cruises every workspace package's tracked source under `root` (run from `root`: dependency-cruiser works with relative paths) and
 * returns the imports that break the rules its packages' roles imply, and how many modules it looked at.
 */
export async function checkBoundaries(
  root: string,
): Promise<{ violations: BoundaryViolation[]; modulesCruised: number }> {
  const packages = readWorkspace(root);
  const previous = process.cwd();
  process.chdir(root);
  try {
    const { output } = await cruise(
      sourceFiles(
        root,
        packages.map((found) => found.dir),
      ),
      {
        baseDir: root,
        ruleSet: { forbidden: boundaryRules(packages) },
        validate: true,
        tsPreCompilationDeps: true,
        // Installed packages and build output stay in the graph as targets (rules name some) but are not cruised.
        doNotFollow: { path: '(^|/)(node_modules|dist|dist-server|dist-mocks)/' },
        enhancedResolveOptions: {
          exportsFields: ['exports'],
          conditionNames: ['types', 'import', 'node', 'default'],
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
        },
      },
    );
    if (typeof output === 'string') throw new Error('dependency-cruiser returned text instead of a result');
    const rules = boundaryRules(packages);
    const violations = output.summary.violations.map((violation) => {
      const owner = packages.find((found) => violation.from.startsWith(`${found.dir}/`));
      // Each package has its own copy of a rule, whose comment starts with the package's name.
      const rule = rules.find(
        (candidate) =>
          candidate.name === violation.rule.name &&
          (candidate.from.path === undefined || candidate.comment?.startsWith(`${owner?.name} `) === true),
      );
      return { from: violation.from, to: violation.to, rule: violation.rule.name, why: rule?.comment ?? '' };
    });
    return { violations, modulesCruised: output.summary.totalCruised };
  } finally {
    process.chdir(previous);
  }
}
