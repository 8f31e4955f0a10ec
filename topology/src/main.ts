import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFigures, verdicts } from './formatFigures.ts';
import { runTopology, type TopologySize } from './runTopology.ts';

// `npm run topology` runs the full case; `npm test` the trimmed one (BAS_TOPOLOGY=trimmed): one Keycloak node, shorter
// phases and fewer kill switches, the same failures and the same verdicts.
const trimmed = process.env.BAS_TOPOLOGY === 'trimmed';
const size: TopologySize = trimmed
  ? { keycloakNodes: 1, phaseSeconds: 4, killSwitches: 5, sessions: 10, throughputSeconds: 2 }
  : { keycloakNodes: 2, phaseSeconds: 10, killSwitches: 20, sessions: 40, throughputSeconds: 10 };
const started = Date.now();
const figures = await runTopology(size, (line) => console.log(`▸ ${line}`));
const table = formatFigures(figures);
console.log(`\n${table}\n\nTook ${Math.round((Date.now() - started) / 1000)} s.`);
const results = process.env.BAS_TOPOLOGY_RESULTS ?? fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(results, { recursive: true });
writeFileSync(join(results, `${trimmed ? 'trimmed' : 'full'}.json`), JSON.stringify(figures, null, 2));
writeFileSync(join(results, `${trimmed ? 'trimmed' : 'full'}.md`), `${table}\n`);
const problems = verdicts(figures);
for (const problem of problems) console.error(`✖ ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);
