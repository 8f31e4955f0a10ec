import type { IncomingMessage } from 'node:http';

/** The most this server reads of a request's body: its forms and token requests are a few hundred bytes. */
export const maxBodyBytes = 64 * 1024;

/** A body over the limit; answered 413 with this message. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';

  constructor(readonly limit: number) {
    super(
      `The request body is larger than ${limit / 1024} KB, the most the development identity provider reads. Its forms and token requests are far smaller: check what the client sends.`,
    );
  }
}

/**
 * A request's body, refused once it passes `limit` bytes (as declared, or as it arrives) before it is all in memory.
 * The rest of a refused body is read and dropped, so the 413 still reaches the client rather than a reset connection.
 */
export function readBody(request: IncomingMessage, limit = maxBodyBytes): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = Number(request.headers['content-length']) > limit;
    if (refused) reject(new BodyTooLargeError(limit));
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      refused = true;
      chunks.length = 0;
      reject(new BodyTooLargeError(limit));
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
