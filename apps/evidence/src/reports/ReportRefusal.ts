import type { EvidenceReport } from '@bas/manifest/evidence';

/** A request the evidence service turns down: its HTTP status and a `{ code, message }` that says what to do. */
export class ReportRefusal extends Error {
  override name = 'ReportRefusal';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The report in the way (409 BUSY), for the console to show. */
    readonly report?: EvidenceReport,
  ) {
    super(message);
  }
}
