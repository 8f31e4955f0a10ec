import type { IForbiddenRuleType } from 'dependency-cruiser';
import type { Role, WorkspacePackage } from './readWorkspace.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const under = (packages: readonly WorkspacePackage[]) =>
  `^(${packages.map((found) => escape(found.dir)).join('|')})/`;
const withRole = (packages: readonly WorkspacePackage[], wanted: readonly Role[]) =>
  packages.filter((found) => wanted.includes(found.role));

/** An npm package's files, wherever pnpm keeps them (`node_modules/.pnpm/x@1/node_modules/x/`). */
const npm = (names: string) => `node_modules/(${names})/`;

/**
 * Modules that only work in a browser, or that a server has no business loading: sign-in (tokens belong to the
 * browser's auth flow), the federation runtime, msw's service worker and React's DOM client. (The SDK has a rule
 * of its own: servers take its version rule, `@bas/sdk/version`, and nothing else.)
 */
const browserOnly = [
  npm('keycloak-js|@module-federation/(runtime|enhanced|vite)'),
  `${npm('react-dom')}client`,
  `${npm('msw')}lib/browser/`,
].join('|');

/**
 * The import rules between roles, as dependency-cruiser rules, one per package so a violation names the package
 * and the rule it broke:
 * - nothing but dev wiring and tests imports an app (`server`, `web`): not another app, not a library, not a
 *   sample; the one exception is a server loading a web app's build for servers (the shell's `server/` entry,
 *   built into `dist-server/`);
 * - only `dev` and `test` packages import `dev` and `sample` packages;
 * - only `test` packages, and other packages' own tests, import `test` packages;
 * - `server` and `dev` packages never import browser-only modules, and of `@bas/sdk` only its version rule;
 * - every import resolves (an unresolved one would escape the rules).
 */
export function boundaryRules(packages: readonly WorkspacePackage[]): IForbiddenRuleType[] {
  // An import that resolves nowhere would slip past every rule above.
  const resolves: IForbiddenRuleType = {
    name: 'every-import-resolves',
    comment:
      'This import resolves to no file: declare the package (a workspace one too) in package.json, or fix the path.',
    severity: 'error',
    from: {},
    to: { couldNotResolve: true },
  };
  return [
    resolves,
    ...packages.flatMap((from): IForbiddenRuleType[] => {
      const others = packages.filter((other) => other.dir !== from.dir);
      const fromPath = `^${escape(from.dir)}/`;
      const rules: IForbiddenRuleType[] = [];
      const apps = withRole(others, ['server', 'web']);
      if (from.role !== 'dev' && from.role !== 'test' && apps.length > 0) {
        const what =
          from.role === 'library'
            ? 'a library: it may not import an app, which would make the app a library too'
            : from.role === 'sample'
              ? "a sample agency app: it may use libraries only, as an agency's app would"
              : 'an app: it may not import another app';
        rules.push({
          name: 'no-app-imports-another-app',
          comment: `${from.name} is ${what}. Move what both need into a library under packages/.`,
          severity: 'error',
          from: { path: fromPath },
          to: {
            path: under(apps),
            ...(from.role === 'server'
              ? { pathNot: `${under(withRole(apps, ['web']))}(server|dist-server)/` }
              : {}),
          },
        });
      }
      const devParts = withRole(others, ['dev', 'sample']);
      if (from.role !== 'dev' && from.role !== 'test' && devParts.length > 0) {
        rules.push({
          name: 'only-dev-and-tests-import-dev-parts',
          comment: `${from.name} (${from.role}) may not import development wiring or sample apps: production code must not depend on them.`,
          severity: 'error',
          from: { path: fromPath },
          to: { path: under(devParts) },
        });
      }
      const testParts = withRole(others, ['test']);
      if (from.role !== 'test' && testParts.length > 0) {
        rules.push({
          name: 'only-tests-import-test-parts',
          comment: `${from.name} (${from.role}) may not import test support outside its tests (*.test.ts, test/).`,
          severity: 'error',
          // A package's own tests may: the registry's start a PostgreSQL cluster with @bas/test-postgres.
          from: { path: fromPath, pathNot: `\\.test\\.tsx?$|^${escape(from.dir)}/test/` },
          to: { path: under(testParts) },
        });
      }
      if (from.role === 'server' || from.role === 'dev') {
        rules.push(
          {
            name: 'no-browser-code-in-servers',
            comment: `${from.name} runs on Node: it may not import browser-only modules.`,
            severity: 'error',
            from: { path: fromPath, pathNot: '\\.test\\.tsx?$' },
            to: { path: browserOnly },
          },
          {
            name: 'servers-take-only-the-sdk-version-rule',
            comment: `${from.name} runs on Node: of @bas/sdk, the remotes' contract, it may use @bas/sdk/version only.`,
            severity: 'error',
            from: { path: fromPath, pathNot: '\\.test\\.tsx?$' },
            to: { path: '^packages/sdk/', pathNot: '^packages/sdk/(src|dist)/sdkVersion\\.' },
          },
        );
      }
      return rules;
    }),
  ];
}
