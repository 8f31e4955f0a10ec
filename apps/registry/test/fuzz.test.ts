import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { startTestRegistry } from './support/startTestRegistry.ts';
it('dump', async () => {
  const r = await startTestRegistry('sqlite');
  const res = await r.call('GET', '/api/openapi.json');
  writeFileSync('/tmp/fz/openapi.json', JSON.stringify(JSON.parse(res.body), null, 2));
  await r.close();
});
