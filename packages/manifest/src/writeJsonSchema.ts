import { writeFileSync } from 'node:fs';
import { manifestEntryJsonSchema } from './manifestEntryJsonSchema.ts';

// Run by `build`: writes the JSON Schema next to the compiled code, for agencies that do not use TypeScript.
const target = process.argv[2];
if (target === undefined) throw new Error('usage: node dist/writeJsonSchema.js <output file>');
writeFileSync(target, `${JSON.stringify(manifestEntryJsonSchema(), null, 2)}\n`);
