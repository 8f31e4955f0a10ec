// Writes the API report of each entry point (api/*.api.md). Locally the report is updated to match the code; in
// CI a report that differs from the code fails the build, so every change to the public API is seen in review.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { fileURLToPath } from 'node:url';

const packageFolder = fileURLToPath(new URL('..', import.meta.url));
const entries = [
  { name: 'sdk', types: 'dist/index.d.ts' },
  { name: 'sdk-react', types: 'dist/react/index.d.ts' },
  { name: 'sdk-http', types: 'dist/http/index.d.ts' },
  { name: 'sdk-standalone', types: 'dist/standalone/index.d.ts' },
  { name: 'sdk-testing', types: 'dist/testing/index.d.ts' },
  { name: 'sdk-version', types: 'dist/sdkVersion.d.ts' },
];
const localBuild = process.env.CI !== 'true';
let failed = false;
for (const entry of entries) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: packageFolder,
      mainEntryPointFilePath: `<projectFolder>/${entry.types}`,
      compiler: { tsconfigFilePath: '<projectFolder>/tsconfig.build.json' },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.name}.api.md`,
        reportFolder: '<projectFolder>/api/',
        reportTempFolder: '<projectFolder>/dist/api-extractor/',
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          'ae-missing-release-tag': { logLevel: 'none' },
          // The React and testing entries use the core's types, which the core entry exports.
          'ae-forgotten-export': { logLevel: 'none' },
          'ae-undocumented': { logLevel: 'error', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: `${packageFolder}/api-extractor.json`,
    packageJsonFullPath: `${packageFolder}/package.json`,
  });
  const result = Extractor.invoke(config, { localBuild, showVerboseMessages: false });
  if (!result.succeeded) {
    failed = true;
    console.error(
      result.apiReportChanged && !localBuild
        ? `The public API of @bas/sdk (${entry.name}) changed: run \`pnpm --filter @bas/sdk build\` and commit api/${entry.name}.api.md.`
        : `API report for ${entry.name} failed with ${result.errorCount} error(s) and ${result.warningCount} warning(s).`,
    );
  }
}
if (failed) process.exit(1);
