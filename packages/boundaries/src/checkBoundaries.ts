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

// Built output and files that are not part of a package's own code. Installed packages stay in the graph (a rule
// names some) but are not cruised into.
const skipped = '(^|/)(dist|dist-mocks|\\.work|results|test-results|playwright-report|templates)/';

/**
 * Cruises every workspace package under `root` (run from `root`: dependency-cruiser works with relative paths) and
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
      packages.map((found) => found.dir),
      {
        baseDir: root,
        ruleSet: { forbidden: boundaryRules(packages) },
        validate: true,
        tsPreCompilationDeps: true,
        exclude: { path: skipped },
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
