#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { CliError } from './CliError.ts';
import { approve } from './commands/approve.ts';
import { check } from './commands/check.ts';
import { create } from './commands/create.ts';
import { dev } from './commands/dev.ts';
import { login } from './commands/login.ts';
import { preview } from './commands/preview.ts';
import { publish } from './commands/publish.ts';
import { rollback } from './commands/rollback.ts';
import { createToken, listTokens, revokeToken } from './commands/token.ts';
import { versions } from './commands/versions.ts';
import { logout, whoami } from './commands/whoami.ts';
import { harnessRoles } from './harness/harnessUsers.ts';
import { readKit } from './readKit.ts';

const exitCodes = `
Exit codes: 0 done; 1 the remote has problems or the registry refused it (the message says why);
2 wrong usage (a missing or unknown flag); 130 cancelled.`;

const program = new Command('bas-remote')
  .description('Scaffold, develop, check and publish a BAS remote.')
  .version(readKit().packages['@bas/create-remote'] ?? '0.0.0')
  .addHelpText('after', exitCodes)
  .exitOverride();

program
  .command('create')
  .description('create a new React remote in its own folder, installed and passing its tests')
  .argument('<app-id>', 'the app id and route in the catalog, like layanan-saya')
  .option('--agency <code>', 'the agency code, like disdukcapil (asked when missing)')
  .option('--role <role>', 'public (citizens) or internal (civil servants) (asked when missing)')
  .option('--name <name>', 'the app name in Bahasa Indonesia (asked when missing)')
  .option('--category <category>', 'the catalog category, like kependudukan')
  .option('--dir <folder>', 'where to create it (default: ./<app-id>)')
  .option('--port <port>', 'the port of `npm run dev` (default 4300)')
  .option('--no-install', 'do not run npm install')
  .option('--registry <url>', 'the portal to ask whether the id is free, like http://127.0.0.1:4100')
  .option('--existing-app', "the project is a new version of the app that holds the id (your agency's)")
  .action((appId: string, options: Parameters<typeof create>[1]) => create(appId, options));

program
  .command('dev')
  .description(
    'run the remote in the development harness: the shell look, a test user, the mocked agency API',
  )
  .option('--role <role>', `who is signed in: ${harnessRoles.join(', ')}`, 'warga')
  .option('--port <port>', 'the port to listen on (default: the one in vite.config.ts)')
  .action((options: { role: string; port?: string }) => dev(process.cwd(), options));

program
  .command('preview')
  .description(
    'serve the build (dist/) as the portal loads it, with CORS and the mocked agency API (src/mocks/handlers.ts)',
  )
  .option('--port <port>', 'the port to listen on (default: the one in vite.config.ts)')
  .option('--portal <url>', 'the portal to print the address of the app inside it for (a developer override)')
  .action((options: { port?: string; portal?: string }) => preview(process.cwd(), options));

program
  .command('check')
  .description(
    'check what the registry and the shell will check: entry, shared versions, SDK version, size budget',
  )
  .option('--entry-url <url>', 'where dist/ will be served (default: the entry in bas-remote.json)')
  .option('--registry <url>', 'also ask this portal whose the id is and which version it serves')
  .action(async (options: Parameters<typeof check>[1]) => {
    if (!(await check(process.cwd(), options))) process.exitCode = 1;
  });

program
  .command('login')
  .description(
    'sign in (a code to enter in the browser); publish and approve use it. Keep a second sign-in, an admin one, with --profile',
  )
  .requiredOption('--portal <url>', 'the portal address, like http://127.0.0.1:4100')
  .option('--profile <name>', 'which of your sign-ins to this portal (default: default)')
  .action((options: { portal: string; profile?: string }) => login(options));

program
  .command('whoami')
  .description('who publish and approve act as on a portal, and where that sign-in is kept')
  .requiredOption('--portal <url>', 'the portal address, like http://127.0.0.1:4100')
  .option('--profile <name>', 'which of your sign-ins to this portal (default: default)')
  .action(async (options: { portal: string; profile?: string }) => {
    if (!(await whoami(options))) process.exitCode = 1;
  });

program
  .command('logout')
  .description('forget the sign-in to a portal on this machine')
  .requiredOption('--portal <url>', 'the portal address, like http://127.0.0.1:4100')
  .option('--profile <name>', 'which of your sign-ins to this portal (default: default)')
  .action((options: { portal: string; profile?: string }) => logout(options));

program
  .command('publish')
  .description(
    'check, then upload this build to the portal as a developer (or publish where you serve it); an admin approves it',
  )
  .requiredOption('--registry <url>', 'the portal address, like http://127.0.0.1:4100')
  .option(
    '--token <token>',
    'an access token (default: $BAS_TOKEN, then the sign-in from `bas-remote login`)',
  )
  .option(
    '--entry-url <url>',
    'where your agency serves dist/ itself (default: upload dist/ to the portal, which serves it)',
  )
  .option(
    '--existing-app',
    'this project is a new version of the app that already holds the id (default: "bas": { "existingApp" } in package.json)',
  )
  .option('--profile <name>', 'which of your sign-ins to this portal (default: default)')
  .action((options: Parameters<typeof publish>[1]) => publish(process.cwd(), options));

program
  .command('approve')
  .description('as an admin, approve a published version so the portal serves it')
  .argument('<app-id>', 'the app id')
  .argument('<version>', 'the version to approve, like 0.1.0')
  .requiredOption('--registry <url>', 'the portal address, like http://127.0.0.1:4100')
  .option(
    '--token <token>',
    'an access token (default: $BAS_TOKEN, then the sign-in from `bas-remote login`)',
  )
  .option('--profile <name>', 'which of your sign-ins to this portal (default: default)')
  .action((appId: string, version: string, options: Parameters<typeof approve>[2]) =>
    approve(appId, version, options),
  );

program
  .command('rollback')
  .description('as an admin, serve an earlier approved version again (the way back from a bad release)')
  .argument('<app-id>', 'the app id')
  .argument('<version>', 'the approved version to serve again, like 0.1.0')
  .requiredOption('--registry <url>', 'the portal address, like http://127.0.0.1:4100')
  .option(
    '--token <token>',
    'an access token (default: $BAS_TOKEN, then the sign-in from `bas-remote login`)',
  )
  .option('--profile <name>', 'which of your sign-ins to this portal (default: default)')
  .action((appId: string, version: string, options: Parameters<typeof rollback>[2]) =>
    rollback(appId, version, options),
  );

program
  .command('versions')
  .description("an app's versions: which one the portal serves, who published and who approved each")
  .argument('<app-id>', 'the app id')
  .requiredOption('--registry <url>', 'the portal address, like http://127.0.0.1:4100')
  .option(
    '--token <token>',
    'an access token (default: $BAS_TOKEN, then the sign-in from `bas-remote login`)',
  )
  .option('--profile <name>', 'which of your sign-ins to this portal (default: default)')
  .action((appId: string, options: Parameters<typeof versions>[1]) => versions(appId, options));

const token = program
  .command('token')
  .description("an app's publish tokens, for CI: publish with $BAS_TOKEN instead of a person's sign-in");
const tokenOptions = (command: Command) =>
  command
    .requiredOption('--registry <url>', 'the portal address, like http://127.0.0.1:4100')
    .option('--profile <name>', 'which of your sign-ins to this portal (default: default)');
tokenOptions(
  token
    .command('create')
    .description('make a publish token for one app (printed once)')
    .argument('<app-id>', 'the app id')
    .option('--label <text>', 'what it is for, like "GitLab CI"'),
).action((appId: string, options: Parameters<typeof createToken>[1]) => createToken(appId, options));
tokenOptions(
  token.command('list').description("an app's publish tokens").argument('<app-id>', 'the app id'),
).action((appId: string, options: Parameters<typeof listTokens>[1]) => listTokens(appId, options));
tokenOptions(
  token
    .command('revoke')
    .description('revoke a publish token at once')
    .argument('<app-id>', 'the app id')
    .argument('<token-id>', 'the id `token list` shows'),
).action((appId: string, tokenId: string, options: Parameters<typeof revokeToken>[2]) =>
  revokeToken(appId, tokenId, options),
);

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here too, with code 0.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof CliError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
