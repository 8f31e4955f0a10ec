import { createAdminCheck, type OidcSettings } from './createAdminCheck.ts';
import { createReportJobs, type ReportJobsOptions } from './createReportJobs.ts';
import { createReportServer } from './createReportServer.ts';

/**
 * The evidence service, ready to listen or to be routed to: the reports and the API over them. `close` stops taking
 * requests and does not wait for a report being made (minutes): the next start finds it cut short and says so.
 */
export function createReportService(options: ReportJobsOptions & { oidc: OidcSettings }) {
  const jobs = createReportJobs(options);
  const app = createReportServer({ jobs, adminOf: createAdminCheck(options.oidc) });
  return {
    app,
    jobs,
    close: () => app.close(),
  };
}

export type ReportService = ReturnType<typeof createReportService>;
