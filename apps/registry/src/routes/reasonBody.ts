import { unsafeCharacter } from '@bas/manifest/unsafe-character';
import { z } from 'zod';
import type { Actor } from '../catalog/Actor.ts';
import { RegistryError } from '../errors/RegistryError.ts';

/** The longest reason kept: a sentence or two, what an approver or an auditor reads in a list. */
export const reasonMaxLength = 500;

/**
 * Why a person changes the catalog, kept in the audit log: plain text by the manifest's own rule (no control,
 * directional or half characters), so a reason cannot reorder what an auditor reads or a spreadsheet shows.
 */
export const reasonField = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty: say in a few words why' })
  .max(reasonMaxLength, { error: `must be at most ${reasonMaxLength} characters`, abort: true })
  .superRefine((reason, context) => {
    const problem = unsafeCharacter(reason);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  })
  .describe(`why, in 1 to ${reasonMaxLength} characters of plain text; kept in the audit log`);

/**
 * The body of approve, reject, disable, enable and release: `{ "reason": "…" }`, or none at all, as bas-remote
 * sends them (Fastify validates a missing body as null). Other keys are ignored, as they were before these routes
 * took a body, so a caller refused for who it is hears that rather than of its body; a misspelt "reason" from the
 * console is caught where a reason is required.
 */
export const reasonBody = z.object({ reason: reasonField.optional() }).nullish();

/** The clients whose people must say why they reject, disable or roll back: someone clicking in the console. */
const clientsThatExplain: readonly string[] = ['bas-console'];

/**
 * The reason to record, or null. A person in the console must give one for what takes something away (`required`):
 * the CLI's scripted calls keep working without.
 */
export function requireReason(
  actor: Actor,
  reason: string | undefined,
  what: string,
  required: boolean,
): string | null {
  if (reason !== undefined) return reason;
  if (required && actor.client !== undefined && clientsThatExplain.includes(actor.client)) {
    throw new RegistryError(
      'VALIDATION_FAILED',
      `body.reason: is required to ${what} from the console: send { "reason": "…" } saying why (1 to ${reasonMaxLength} characters); it is kept in the audit log.`,
      [{ path: 'body.reason', message: `is required to ${what} from the console` }],
    );
  }
  return null;
}
