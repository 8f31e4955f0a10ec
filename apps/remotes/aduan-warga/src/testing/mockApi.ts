import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * The complaint desk's API, mocked with msw for the file's tests: every request the app makes must be answered by a
 * handler the test adds (`server.use`), so a call nobody expected fails the test. Handlers and the page are cleared
 * after each test; `afterEachTest` clears what else the file changed.
 */
export function mockApi(afterEachTest?: () => void) {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    afterEachTest?.();
    document.body.innerHTML = '';
  });
  afterAll(() => server.close());
  return server;
}
