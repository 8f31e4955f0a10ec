import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import * as prompts from '@clack/prompts';
import { agencies, categories, type Category } from '@bas/manifest';
import semver from 'semver';
import { CliError } from '../CliError.ts';
import { appIdHolder, describeHolder } from '../registry/appIdHolder.ts';
import { scaffoldRemote, checkScaffoldOptions } from '../scaffold/scaffoldRemote.ts';

export interface CreateOptions {
  agency?: string | undefined;
  role?: string | undefined;
  name?: string | undefined;
  category?: string | undefined;
  dir?: string | undefined;
  port?: string | undefined;
  install: boolean;
  /** The portal to ask whether the id is free. */
  registry?: string | undefined;
  /** The project is a new version of the app that holds the id (the same agency's). */
  existingApp?: boolean | undefined;
}

async function ask(question: Promise<string | symbol>): Promise<string> {
  const answer = await question;
  if (typeof answer !== 'string') throw new CliError('Cancelled; nothing was written.', 130);
  return answer;
}

/** Asks for what the flags did not give, when a person is at the terminal; a script must give every flag. */
async function complete(appId: string, options: CreateOptions) {
  const interactive = process.stdin.isTTY && process.env.CI !== 'true';
  const missing = (flag: string): never => {
    throw new CliError(`--${flag} is required when not run interactively (see bas-remote create --help).`, 2);
  };
  const agency =
    options.agency ??
    (interactive
      ? await ask(
          prompts.select<string>({
            message: 'Agency',
            options: agencies.map((candidate) => ({
              value: candidate.code,
              label: `${candidate.short}: ${candidate.name}`,
            })),
          }),
        )
      : missing('agency'));
  const role =
    options.role ??
    (interactive
      ? await ask(
          prompts.select<string>({
            message: 'Who uses it',
            options: [
              { value: 'public', label: 'public: citizens' },
              { value: 'internal', label: 'internal: civil servants (ASN)' },
            ],
          }),
        )
      : missing('role'));
  const name =
    options.name ??
    (interactive
      ? await ask(prompts.text({ message: 'Name (Bahasa Indonesia)', placeholder: 'Layanan Saya' }))
      : appId);
  if (options.category !== undefined && !categories.includes(options.category as Category)) {
    throw new CliError(`--category must be one of: ${categories.join(', ')}.`, 2);
  }
  return { agency, role: role as 'public' | 'internal', name };
}

function npmInstall(dir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0
        ? done()
        : fail(
            new CliError(
              `npm install failed (exit ${code ?? 'signal'}); see above, then run it again in ${dir}.`,
            ),
          ),
    );
  });
}

/**
 * The version a new project starts at: 0.1.0 for a new app, the next minor above the served one for a new project
 * of an existing app. Refuses an id that another agency's app holds, and one of the same agency's unless the
 * developer says the project is that app.
 */
async function startingVersion(
  appId: string,
  agency: string,
  options: CreateOptions,
): Promise<string | undefined> {
  if (options.registry === undefined) {
    if (options.existingApp === true)
      throw new CliError(
        '--existing-app needs --registry: the portal says which version to continue from.',
        2,
      );
    console.log(
      'The id was not checked against a portal: pass --registry <portal url> to check that it is free.',
    );
    return undefined;
  }
  const holder = await appIdHolder(options.registry, appId);
  const on = new URL(options.registry).origin;
  if (holder === undefined) {
    if (options.existingApp === true) {
      throw new CliError(`There is no app "${appId}" on ${on} to continue: leave out --existing-app.`);
    }
    console.log(`The id "${appId}" is free on ${on}.`);
    return undefined;
  }
  if (holder.agency !== agency) {
    throw new CliError(
      `The id "${appId}" belongs to another agency's app on ${on} (${describeHolder(holder)}): choose another id. Nothing was written.`,
    );
  }
  if (options.existingApp !== true) {
    throw new CliError(
      `The id "${appId}" is taken on ${on} by ${describeHolder(holder)}. If you are making a new version of that app, run create again with --existing-app; otherwise choose another id. Nothing was written.`,
    );
  }
  const version = semver.inc(holder.currentVersion ?? '0.0.0', 'minor') ?? '0.1.0';
  console.log(`A new version of ${describeHolder(holder)}: the project starts at ${version}.`);
  return version;
}

/** `bas-remote create <app-id>`: a new remote in its own folder, installed and ready for `npm run dev`. */
export async function create(appId: string, options: CreateOptions): Promise<void> {
  const answers = await complete(appId, options);
  checkScaffoldOptions({ appId, ...answers });
  const version = await startingVersion(appId, answers.agency, options);
  const dir = resolve(options.dir ?? appId);
  const { files } = scaffoldRemote({
    appId,
    ...answers,
    dir,
    ...(version === undefined ? {} : { continues: version }),
    ...(options.category === undefined ? {} : { category: options.category as Category }),
    ...(options.port === undefined ? {} : { port: Number(options.port) }),
  });
  console.log(`Created ${appId} in ${dir} (${files.length} files).`);
  if (options.install) {
    console.log('Installing dependencies with npm (a minute or two the first time)…');
    await npmInstall(dir);
  }
  console.log(
    `Next:\n  cd ${dir}\n  npm run dev      the app in the harness\n  npm test         contract and app tests`,
  );
}
