import { z } from 'zod';
import { manifestEntrySchema } from './manifestEntrySchema.ts';

/**
 * The manifest entry as JSON Schema (draft 2020-12), for agencies that validate without TypeScript. The rules
 * that JSON Schema cannot express (role-specific fields, SPBE indicator ranges, https outside development) are
 * checked by `validateManifest`.
 *
 * @example
 * writeFileSync('manifest-entry.schema.json', JSON.stringify(manifestEntryJsonSchema(), null, 2));
 */
export function manifestEntryJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://bas.kotabogor.go.id/schemas/manifest-entry.json',
    title: 'BAS manifest entry',
    ...z.toJSONSchema(manifestEntrySchema, { target: 'draft-2020-12', io: 'input' }),
  };
}
