import semver from 'semver';
import { describeHolder, type IdHolder } from '../registry/appIdHolder.ts';

/**
 * What the portal's catalog says about publishing `entry`: the id is free, or it is this agency's app and the project
 * says it is that app (`"bas": { "existingApp": true }` in package.json), with a version above the one served.
 */
export function checkAppId(
  holder: IdHolder | undefined,
  entry: Record<string, unknown>,
  options: { portal: string; existingApp: boolean },
): { passed: string[]; problems: string[] } {
  const id = String(entry.id);
  const on = new URL(options.portal).origin;
  if (holder === undefined) return { passed: [`the id "${id}" is free on ${on}`], problems: [] };
  if (holder.agency !== entry.agency) {
    return {
      passed: [],
      problems: [
        `The id "${id}" belongs to another agency's app on ${on} (${describeHolder(holder)}): choose another id (rename it in bas-remote.json, package.json and vite.config.ts).`,
      ],
    };
  }
  if (!options.existingApp) {
    return {
      passed: [],
      problems: [
        `The id "${id}" is taken on ${on} by ${describeHolder(holder)}. If this project is a new version of that app, set "bas": { "existingApp": true } in package.json (or publish with --existing-app); otherwise choose another id.`,
      ],
    };
  }
  const served = holder.currentVersion;
  if (served !== null && !semver.gt(String(entry.version), served)) {
    return {
      passed: [],
      problems: [
        `Version ${String(entry.version)} is not above ${served}, which ${on} serves for "${id}": raise it with \`npm version minor\` (or patch, major).`,
      ],
    };
  }
  return { passed: [`a new version of ${describeHolder(holder)} on ${on}`], problems: [] };
}
