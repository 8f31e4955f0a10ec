import { relative } from 'node:path';
import { EvidenceError } from './EvidenceError.ts';
import { generateEvidence } from './generateEvidence.ts';
import { localAdminToken } from './localAdminToken.ts';
import { screenAccounts } from './screenAccounts.ts';
import { readCliOptions, usage, type CliOptions } from './readCliOptions.ts';

/**
 * `npm run evidence -- --period YYYY [--out DIR]`, given its arguments and environment; returns the exit code: 0
 * when the evidence is written, 2 for a mistake on the command line (with the usage), 1 for any other failure,
 * each with a message that says what to do. Errors the person cannot act on keep their stack trace.
 */
export async function runCli(
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  let options: CliOptions;
  try {
    options = readCliOptions(args, env);
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    console.error(`✖ ${error.message}`);
    return 2;
  }
  try {
    let token = options.token;
    if (token === undefined) {
      token = await localAdminToken(options.registryUrl);
      console.log("No BAS_EVIDENCE_TOKEN: signed in as the development identity provider's demo admin.");
    }
    console.log(`Assembling the SPBE evidence for ${options.period} from ${options.registryUrl.origin}…`);
    const accounts =
      options.screenshots === 'off' ? undefined : await screenAccounts(options.registryUrl, env);
    const result = await generateEvidence({
      ...options,
      token,
      ...(accounts === undefined ? {} : { accounts }),
    });
    const shown = (path: string) => relative(process.cwd(), path) || '.';
    console.log(`✔ SPBE evidence for ${options.period} in ${shown(result.dir)}/:`);
    console.log(`  ${shown(result.pdf)}  the report to print or upload`);
    console.log(`  ${shown(result.zip)}  all of it in one file (${result.zipped.length} files)`);
    const screenshots = result.screenshots;
    if (!screenshots.taken) console.log(`  no screenshots: ${screenshots.why}`);
    else {
      console.log(
        `  ${shown(result.dir)}/screenshots/  ${screenshots.captured} screenshots; ${screenshots.missing} screens left out (blank, a failure, a sign-in page or not opened) in ${screenshots.incomplete} services, listed in data/screenshots.csv and under "Kekurangan data dukung" in the report`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    console.error(`✖ ${error.message}`);
    return 1;
  }
}
