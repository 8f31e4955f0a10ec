/**
 * Every action the audit log records, in one list: the filters of `GET /api/audit` take these names, so that a
 * misspelt one is told what there is rather than answered with an empty log.
 */
export const auditActions = [
  'seed',
  'publish',
  'approve',
  'reject',
  'release',
  'rollback',
  'disable',
  'enable',
  'publish-token-create',
  'publish-token-revoke',
] as const;

export type AuditAction = (typeof auditActions)[number];

/** The actions that change an app in the catalog (its versions or whether it is served), not its publish tokens. */
export const catalogActions: readonly AuditAction[] = [
  'seed',
  'publish',
  'approve',
  'reject',
  'rollback',
  'disable',
  'enable',
];
