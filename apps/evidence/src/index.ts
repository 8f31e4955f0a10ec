export { generateEvidence } from './generateEvidence.ts';
export type {
  EvidenceOptions,
  EvidenceResult,
  EvidenceStep,
  ScreenshotsOutcome,
} from './generateEvidence.ts';
export { renderReport } from './renderReport.ts';
export { EvidenceError } from './EvidenceError.ts';
export { captureScreens } from './captureScreens.ts';
export type { CapturedScreen, MissingScreen, ServiceScreens } from './captureScreens.ts';
export { screenPlan } from './screenPlan.ts';
export type { ScreenAccounts, ScreenAccount } from './screenAccounts.ts';
export { createReportService } from './reports/createReportService.ts';
export type { ReportService } from './reports/createReportService.ts';
export { blankVariance, createPixelMeter } from './judgeScreenshot.ts';
export type { PixelMeter } from './judgeScreenshot.ts';
