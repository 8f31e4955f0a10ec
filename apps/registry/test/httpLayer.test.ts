import compress from '@fastify/compress';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError } from '../src/errors/answerClientError.ts';
import { answerFrameworkError } from '../src/errors/answerFrameworkError.ts';
import { answerWhileClosing } from '../src/errors/answerWhileClosing.ts';
import { registerErrorHandling } from '../src/errors/registerErrorHandling.ts';
import { answerConditionalGets } from '../src/routes/answerConditionalGets.ts';

/** Sends raw bytes to the server and reads what comes back until it closes the connection. */
function rawRequest(app: FastifyInstance, bytes: string): Promise<string> {
  const { port } = app.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;

// The server as buildRegistry makes it: the answers of Fastify's and Node's own layers are the registry's too.
describe('what the layers under the routes answer', () => {
  let app: FastifyInstance;
  const catalog = { id: 'antrean-ktp', versions: Array.from({ length: 300 }, (_, index) => `1.${index}.0`) };
  beforeAll(async () => {
    app = Fastify({ frameworkErrors: answerFrameworkError, clientErrorHandler: answerClientError });
    registerErrorHandling(app);
    answerConditionalGets(app);
    await app.register(compress, { threshold: 1024 });
    app.get('/api/apps/:id', () => catalog);
    app.post('/api/apps/:id/versions/:version/approve', () => ({ approved: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  it('names the parameter of an address part too long for the router', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/apps/antrean-ktp/versions/1.0.0-${'a'.repeat(194)}/approve`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      path: 'params.version',
      message:
        'params.version: is 200 characters long, more than any the registry takes (app ids are at most 50, versions 64): check the address.',
    });
  });

  it('says how to encode an address with a broken escape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/apps/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'BAD_REQUEST', path: 'url' });
  });

  it('answers headers too large for Node in the registry’s shape', async () => {
    const answer = await rawRequest(
      app,
      `GET /api/apps/antrean-ktp HTTP/1.1\r\nHost: x\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(answer)).toMatchObject({ code: 'HEADERS_TOO_LARGE', path: 'headers' });
  });

  it('answers a request that is not HTTP in the registry’s shape', async () => {
    const answer = await rawRequest(app, 'HELLO THERE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(answer)).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('is not valid HTTP/1.1'),
    });
  });

  it('answers If-None-Match: * and a list naming the current ETag with 304, without the body', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/apps/antrean-ktp' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    // One tag for the JSON, whichever encoding carries it.
    const gzipped = await app.inject({
      method: 'GET',
      url: '/api/apps/antrean-ktp',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers).toMatchObject({ 'content-encoding': 'gzip', etag });
    for (const ifNoneMatch of ['*', `"stale", ${etag}`, etag.slice(2)]) {
      for (const encoding of ['identity', 'gzip']) {
        const again = await app.inject({
          method: 'GET',
          url: '/api/apps/antrean-ktp',
          headers: { 'if-none-match': ifNoneMatch, 'accept-encoding': encoding },
        });
        expect(again.statusCode, `${ifNoneMatch} ${encoding}`).toBe(304);
        expect(again.body).toBe('');
        expect(again.headers.etag).toBe(etag);
      }
    }
    const changed = await app.inject({
      method: 'GET',
      url: '/api/apps/antrean-ktp',
      headers: { 'if-none-match': '"stale"' },
    });
    expect(changed.statusCode).toBe(200);
  });

  it('leaves other methods and error answers alone, whatever If-None-Match says', async () => {
    const post = await app.inject({
      method: 'POST',
      url: '/api/apps/antrean-ktp/versions/1.0.0/approve',
      headers: { 'if-none-match': '*' },
    });
    expect(post.statusCode).toBe(200);
    const missing = await app.inject({
      method: 'GET',
      url: '/api/tidak-ada',
      headers: { 'if-none-match': '*' },
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('what a request arriving while the registry closes is told', () => {
  it('is a 503 in the registry’s shape, after the request already running has its answer', async () => {
    const app = Fastify({ return503OnClosing: false });
    registerErrorHandling(app);
    answerWhileClosing(app);
    let started = () => {};
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    app.get('/slow', async () => {
      started();
      await finished;
      return { done: true };
    });
    app.get('/fast', () => ({ done: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });

    // Two requests on one kept-alive connection; the second arrives once the close has begun.
    const { port } = app.server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await running;
    const closed = app.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write('GET /fast HTTP/1.1\r\nHost: x\r\n\r\n');
    finish();
    await ended;
    await closed;

    const [first, second = ''] = answer.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200 /);
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(bodyOf(second)).toEqual({
      code: 'UNAVAILABLE',
      message:
        'The registry is shutting down (a restart or a new release); nothing was changed. Send the request again in a few seconds.',
    });
  });
});
