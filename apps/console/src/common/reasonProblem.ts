import type { Messages } from '../i18n/id.ts';

/** The registry keeps at most this many characters of a reason (and refuses more). */
export const reasonMaxLength = 500;

/**
 * What is wrong with a reason before it is sent, or undefined: none given where one is required, or too long. The
 * registry checks the same; saying it here keeps the person's text and sends nothing.
 */
export function reasonProblem(
  reason: string,
  t: Messages,
  required: 'required' | 'optional' | 'reject',
): string | undefined {
  const length = reason.trim().length;
  if (length === 0 && required !== 'optional') {
    return required === 'reject' ? t.reasonField.missingReject : t.reasonField.missing;
  }
  if (length > reasonMaxLength) return t.reasonField.tooLong({ max: reasonMaxLength, length });
  return undefined;
}
