import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const hooks = new URL('./typescriptHooks.mjs', import.meta.url).href;
const registerHooks = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(hooks)});`,
)}`;
const registryDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs Node on TypeScript source (a server's `main.ts`, or `--input-type=module -e <code>`) in a process of its
 * own, from apps/registry, and collects what it prints.
 */
export function spawnTypeScript(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['--import', registerHooks, ...args], {
    cwd: registryDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  return {
    child,
    exited,
    output: () => output,
    /** The first match of `pattern` in what the process printed; rejects when it exits or `timeoutMs` passes first. */
    async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
      const deadline = Date.now() + timeoutMs;
      let done = false;
      void exited.then(() => (done = true));
      for (;;) {
        const match = pattern.exec(output);
        if (match !== null) return match;
        if (done || Date.now() > deadline) {
          throw new Error(
            `The process never printed ${pattern} (${done ? 'it exited' : 'timed out'}):\n${output}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
