import { runCli } from './runCli.ts';

// npm run evidence (scripts/bas.mjs builds this package and runs this file with the arguments after `--`).
process.exitCode = await runCli(process.argv.slice(2), process.env);
