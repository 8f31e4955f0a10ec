import { cleanup } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

/**
 * The network of one test file: msw answers every request, and one nobody answers fails the test. After each
 * test the page is unmounted and the answers a test added are dropped. Call it once, at the top of the file.
 */
export function mockNetwork() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup();
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return server;
}
