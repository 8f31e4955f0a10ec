import type { z } from 'zod';

/**
 * Zod's issues as one line a person can act on: each issue named by where it is (`apps.3.name`), so whoever fixes
 * the file or the route sees which field to look at.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map(
      (issue) => `${issue.path.length === 0 ? '(the whole answer)' : issue.path.join('.')}: ${issue.message}`,
    )
    .join('; ');
}
