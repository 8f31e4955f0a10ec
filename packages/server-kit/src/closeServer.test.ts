import { createServer } from 'node:http';
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { closeServer } from './closeServer.ts';
import { listen } from './listen.ts';

it('closes even while a connection that never sent a request stays open (a preconnect, a TCP health check)', async () => {
  const server = createServer((_request, response) => response.end('ok'));
  const origin = await listen(server, '127.0.0.1', 0);
  const socket = connect(Number(new URL(origin).port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const started = Date.now();
  await closeServer(server, undefined, { graceMs: 300 });
  expect(Date.now() - started).toBeLessThan(3000);
  socket.destroy();
});
