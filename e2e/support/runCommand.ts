import { spawn, type ChildProcess } from 'node:child_process';

// Output is matched as text: no colour codes (the test runner's environment asks for colour).
const plain = { FORCE_COLOR: '0', NO_COLOR: '1' };

export interface Finished {
  code: number | null;
  output: string;
}

/** Runs a command to its end, collecting stdout and stderr together, as a person would read them. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...plain, ...options.env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Starts a long-running command and resolves once its output matches `ready`, with the match. */
export function startCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; ready: RegExp },
): Promise<{
  child: ChildProcess;
  match: RegExpMatchArray;
  output(): string;
  exited: Promise<number | null>;
  /** Stops the command and whatever it started (npm and npx run the real server as a child). */
  stop(): void;
}> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...plain, ...options.env },
      detached: true,
    });
    const stop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    };
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (match !== null) resolve({ child, match, output: () => output, exited, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', reject);
    void exited.then((code) =>
      reject(new Error(`${command} ${args.join(' ')} exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
