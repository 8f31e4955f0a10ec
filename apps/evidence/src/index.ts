export { generateEvidence } from './generateEvidence.ts';
export type { EvidenceOptions, EvidenceResult } from './generateEvidence.ts';
export { renderReport } from './renderReport.ts';
export { EvidenceError } from './EvidenceError.ts';
