import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it may, deciding as each object schema is made; the console's
// policy allows no eval, and the attempt alone is a violation the browser reports. Imported first by main.tsx, so
// it is set before any module makes a schema. Interpreted parsers are fast enough for the registry's answers.
z.config({ jitless: true });
