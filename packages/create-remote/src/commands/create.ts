import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import * as prompts from '@clack/prompts';
import { agencies, categories, type Category } from '@bas/manifest';
import { CliError } from '../CliError.ts';
import { scaffoldRemote, checkScaffoldOptions } from '../scaffold/scaffoldRemote.ts';

export interface CreateOptions {
  agency?: string | undefined;
  role?: string | undefined;
  name?: string | undefined;
  category?: string | undefined;
  dir?: string | undefined;
  port?: string | undefined;
  install: boolean;
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

/** `bas-remote create <app-id>`: a new remote in its own folder, installed and ready for `npm run dev`. */
export async function create(appId: string, options: CreateOptions): Promise<void> {
  const answers = await complete(appId, options);
  checkScaffoldOptions({ appId, ...answers });
  const dir = resolve(options.dir ?? appId);
  const { files } = scaffoldRemote({
    appId,
    ...answers,
    dir,
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
