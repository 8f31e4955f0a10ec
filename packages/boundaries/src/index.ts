export { checkBoundaries } from './checkBoundaries.ts';
export type { BoundaryViolation } from './checkBoundaries.ts';
export { boundaryRules } from './boundaryRules.ts';
export { findBrokenCitations } from './findBrokenCitations.ts';
export type { BrokenCitation } from './findBrokenCitations.ts';
export { readWorkspace, roles } from './readWorkspace.ts';
export type { Role, WorkspacePackage } from './readWorkspace.ts';
