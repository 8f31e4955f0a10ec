import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A server in a process of its own (`serveApart`): where it answers, and the CPU that process has spent so far. */
export interface ApartServer {
  url: string;
  /** The server process's CPU time so far, every thread, in ms. */
  cpuMs(): Promise<number>;
  close(): Promise<void>;
}

type Message = { url: string } | { cpu: NodeJS.CpuUsage };

/** Forks `serveApart` with `args` and resolves once it answers on its URL. */
export function startApart(args: string[]): Promise<ApartServer> {
  const child = fork(fileURLToPath(new URL('serveApart.js', import.meta.url)), args, {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = <T extends Message>(has: (message: Message) => message is T) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: Message) => {
        if (!has(message)) return;
        child.off('message', onMessage).off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null) =>
        reject(
          new Error(
            `The server "${args.join(' ')}" stopped (exit ${String(code)}): its output above says why.`,
          ),
        );
      child.on('message', onMessage).once('exit', onExit);
    });
  return next((message): message is { url: string } => 'url' in message).then(({ url }) => ({
    url,
    async cpuMs() {
      const answer = next((message): message is { cpu: NodeJS.CpuUsage } => 'cpu' in message);
      child.send('cpu');
      const { cpu } = await answer;
      return (cpu.user + cpu.system) / 1000;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  }));
}
