import { checkRemote } from '../check/checkRemote.ts';
import { readKit } from '../readKit.ts';

/** `bas-remote check`: prints each check, and the problems with what to do; exit code 1 when there is any. */
export function check(dir: string, options: { entryUrl?: string | undefined }): boolean {
  const result = checkRemote(dir, readKit(), options);
  for (const line of result.passed) console.log(`✓ ${line}`);
  for (const line of result.problems) console.log(`✗ ${line}`);
  console.log(
    result.problems.length === 0
      ? 'Ready to publish.'
      : `${result.problems.length} problem(s): the registry would refuse this remote or the shell would not run it.`,
  );
  return result.problems.length === 0;
}
