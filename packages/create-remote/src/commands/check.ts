import { checkAppId } from '../check/checkAppId.ts';
import { checkRemote } from '../check/checkRemote.ts';
import { readKit } from '../readKit.ts';
import { appIdHolder } from '../registry/appIdHolder.ts';

/**
 * `bas-remote check`: prints each check, and the problems with what to do; exit code 1 when there is any. With
 * `--registry` it also asks the portal whose the id is and which version it serves.
 */
export async function check(
  dir: string,
  options: { entryUrl?: string | undefined; registry?: string | undefined },
): Promise<boolean> {
  const result = checkRemote(dir, readKit(), options);
  if (options.registry !== undefined) {
    const holder = await appIdHolder(options.registry, String(result.entry.id));
    const verdict = checkAppId(holder, result.entry, {
      portal: options.registry,
      existingApp: result.existingApp,
    });
    result.passed.push(...verdict.passed);
    result.problems.push(...verdict.problems);
  }
  for (const line of result.passed) console.log(`✓ ${line}`);
  for (const line of result.problems) console.log(`✗ ${line}`);
  console.log(
    result.problems.length === 0
      ? 'Ready to publish.'
      : `${result.problems.length} problem(s): the registry would refuse this remote or the shell would not run it.`,
  );
  return result.problems.length === 0;
}
