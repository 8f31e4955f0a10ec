/** One part of the registry's health, as `GET /api/health` reports it. */
export interface PartHealth {
  status: 'ok' | 'down';
  /** Why it is down, without addresses or secrets: the endpoint is public. */
  reason?: string;
  /** How long the check took. */
  latencyMs?: number;
}
