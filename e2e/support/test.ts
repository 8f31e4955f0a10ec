import { expect, test as base } from '@playwright/test';

export { expect };
export type { Browser, Page } from '@playwright/test';

/** A Content-Security-Policy violation a page reported, as the suite keeps it. */
export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
}

/**
 * The suite's `test`: every page and frame of a test reports what the enforced Content-Security-Policy blocked,
 * and a test that caused any violation fails, naming them, so every journey is proven to run under the policy.
 * A test that provokes one on purpose takes `cspViolations`, checks it, and empties it.
 */
export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const seen: CspViolation[] = [];
      await context.exposeBinding('__basCspViolation', ({ frame }, violation: Omit<CspViolation, 'page'>) => {
        seen.push({ ...violation, page: frame.url() });
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          // Report-only policies (Trusted Types for now) are learning, not failing.
          if (event.disposition !== 'enforce') return;
          const report = (window as unknown as { __basCspViolation(violation: unknown): void })
            .__basCspViolation;
          report({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
        });
      });
      await use(seen);
      expect(seen, 'the enforced Content-Security-Policy blocked something on these pages').toEqual([]);
    },
    { auto: true },
  ],
});
