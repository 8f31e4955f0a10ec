import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** One process of the topology, as an orchestrator sees it: started, killed, stopped and started again. */
export interface Part {
  name: string;
  /** Starts it (again) and waits until `ready` says so. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown at all, like a lost machine or an OOM kill. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit, as Kubernetes stops a pod. */
  stop(): Promise<void>;
  /** The last lines it printed, for an error message. */
  output(): string;
}

export interface PartOptions {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** Answers true once the part serves (its health endpoint answers). */
  ready(): Promise<boolean>;
  readyWithinMs?: number;
}

/** A check for `ready`: the URL answers 2xx. */
export const answers = (url: string) => async () =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response) => response.ok,
    () => false,
  );

/**
 * Whether a process of the group still runs. Zombies do not count: in a container whose first process reaps no one
 * (GitHub's job containers), an orphan that exited stays a zombie for ever, and it holds no port.
 */
function groupAlive(group: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // "pid (command) state ppid pgrp …": the command may hold spaces and brackets, so read after its last ")".
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z') return true;
  }
  return false;
}

export function definePart(options: PartOptions): Part {
  let child: ChildProcess | undefined;
  let log = '';
  const exited = (process: ChildProcess) =>
    process.exitCode !== null || process.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => process.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (running === undefined) return;
    // The whole process group: kc.sh runs Java as its child, and a signal to the script alone leaves Java serving.
    // Done when every process of the group has gone, so the next start finds its ports free.
    const group = running.pid ?? 0;
    const signalGroup = (sent: NodeJS.Signals) => {
      try {
        process.kill(-group, sent);
      } catch {
        // Gone already (it exited by itself): nothing to signal.
      }
    };
    signalGroup(signal);
    // A stop that takes over 30 s becomes a kill, as Kubernetes does after the grace period.
    const deadline = Date.now() + 30_000;
    while (groupAlive(group)) {
      if (Date.now() > deadline) signalGroup('SIGKILL');
      await sleep(50);
    }
    await exited(running);
  };
  return {
    name: options.name,
    async start() {
      const started = spawn(options.command, options.args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      child = started;
      const keep = (chunk: Buffer) => {
        log = (log + chunk.toString()).slice(-8000);
      };
      started.stdout?.on('data', keep);
      started.stderr?.on('data', keep);
      const deadline = Date.now() + (options.readyWithinMs ?? 30_000);
      while (!(await options.ready())) {
        if (started.exitCode !== null || started.signalCode !== null)
          throw new Error(`${options.name} exited while starting. Its output:\n${log}`);
        if (Date.now() > deadline)
          throw new Error(
            `${options.name} was not ready within ${(options.readyWithinMs ?? 30_000) / 1000} s. Its output:\n${log}`,
          );
        await sleep(100);
      }
    },
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    output: () => log,
  };
}
