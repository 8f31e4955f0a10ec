import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from './readBody.ts';

let server: Server;
let url: string;

beforeAll(async () => {
  // Answers 413 the way the identity provider does, or echoes the size it read.
  server = createServer((incoming, outgoing) => {
    readBody(incoming, 1024).then(
      (body) => outgoing.end(String(body.length)),
      (error: unknown) =>
        outgoing.writeHead(error instanceof BodyTooLargeError ? 413 : 500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

/**
 * Posts `size` bytes, with or without saying how many first (a chunked body only shows its size as it comes).
 * Settles once the request is closed too, not at the answer: a 413 comes while the body is still being sent, and a
 * test that ended then would close the server under that write (an unhandled ECONNRESET).
 */
function post(size: number, declared: boolean): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let answered: { status: number; text: string } | undefined;
    const outgoing = request(
      url,
      { method: 'POST', headers: declared ? { 'content-length': String(size) } : {} },
      (answer) => {
        let text = '';
        answer.on('data', (chunk: Buffer) => (text += chunk.toString()));
        answer.on('end', () => (answered = { status: answer.statusCode ?? 0, text }));
      },
    );
    outgoing.on('close', () =>
      answered === undefined ? reject(new Error('the request closed without an answer')) : resolve(answered),
    );
    outgoing.on('error', reject);
    for (let sent = 0; sent < size; sent += 256) outgoing.write(Buffer.alloc(Math.min(256, size - sent), 97));
    outgoing.end();
  });
}

describe('readBody', () => {
  it('reads a body within the limit', async () => {
    await expect(post(1024, true)).resolves.toEqual({ status: 200, text: '1024' });
    await expect(post(600, false)).resolves.toEqual({ status: 200, text: '600' });
  });

  it('refuses a larger body with a 413 that says the limit, whether its size was declared or not', async () => {
    for (const declared of [true, false]) {
      const answer = await post(200 * 1024, declared);
      expect(answer.status).toBe(413);
      expect(answer.text).toContain('larger than 1 KB, the most the development identity provider reads');
    }
  });
});
