import type { FastifyInstance } from 'fastify';
import { errorBody } from './errorBody.ts';
import { RegistryError, statusOf } from './RegistryError.ts';

const closing = new RegistryError(
  'UNAVAILABLE',
  'The registry is shutting down (a restart or a new release); nothing was changed. Send the request again in a few seconds.',
);

/**
 * The 503 for requests that still arrive, on connections kept alive, while the registry closes: in the registry's
 * shape, where Fastify's own (`return503OnClosing`, on by default) has Fastify's. Needs that option off, and to be
 * called before the routes are registered; the requests already running finish as usual.
 *
 * @example
 * const app = Fastify({ return503OnClosing: false });
 * answerWhileClosing(app);
 */
export function answerWhileClosing(app: FastifyInstance): void {
  let shuttingDown = false;
  app.addHook('preClose', (done) => {
    shuttingDown = true;
    done();
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!shuttingDown) return;
    return reply.code(statusOf[closing.code]).header('connection', 'close').send(errorBody(closing));
  });
}
