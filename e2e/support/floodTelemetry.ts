import { Agent, request } from 'node:http';

/**
 * One client sending `requests` telemetry batches of 50 records for `appId` as fast as 50 connections carry them,
 * from its own loopback address (`from`), so the registry tells it apart from the person's browser on 127.0.0.1.
 * Resolves with how many of each status came back.
 */
export async function floodTelemetry(
  url: string,
  options: { requests: number; appId: string; from: string },
): Promise<Record<number, number>> {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const body = JSON.stringify({
    records: Array.from({ length: 50 }, () => ({ appId: options.appId, kind: 'event', name: 'banjir' })),
  });
  const statuses: Record<number, number> = {};
  const send = () =>
    new Promise<void>((resolve, reject) => {
      const sent = request(
        new URL('/api/telemetry', url),
        {
          method: 'POST',
          agent,
          localAddress: options.from,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (answer) => {
          statuses[answer.statusCode ?? 0] = (statuses[answer.statusCode ?? 0] ?? 0) + 1;
          answer.resume().on('end', resolve);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  let next = 0;
  const lane = async () => {
    while (next < options.requests) {
      next++;
      await send();
    }
  };
  try {
    await Promise.all(Array.from({ length: 50 }, lane));
  } finally {
    agent.destroy();
  }
  return statuses;
}
