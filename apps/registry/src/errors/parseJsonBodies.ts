import type { FastifyInstance } from 'fastify';
import { RegistryError } from './RegistryError.ts';

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | undefined;
}

const pathOf = (visit: Visit): string => {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
};

/**
 * The first key in a parsed body that could change what other objects inherit once the body is merged into one
 * (`__proto__`, or `prototype` under `constructor`), with its path; undefined when there is none. Walked with a
 * stack, not recursion: a body of 64 KB can nest 30,000 levels deep.
 */
function prototypeKey(body: unknown): { name: string; path: string } | undefined {
  const pending: Visit[] = [{ value: body, key: '', parent: undefined }];
  for (let visit = pending.pop(); visit !== undefined; visit = pending.pop()) {
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (!Array.isArray(value)) {
      if (Object.hasOwn(value, '__proto__')) {
        return { name: '__proto__', path: pathOf({ value: undefined, key: '__proto__', parent: visit }) };
      }
      const constructor: unknown = Object.hasOwn(value, 'constructor')
        ? (value as { constructor: unknown }).constructor
        : undefined;
      if (
        typeof constructor === 'object' &&
        constructor !== null &&
        Object.hasOwn(constructor, 'prototype')
      ) {
        const at = {
          value: undefined,
          key: 'prototype',
          parent: { value, key: 'constructor', parent: visit },
        };
        return { name: 'constructor.prototype', path: pathOf(at) };
      }
    }
    for (const [key, child] of Object.entries(value)) pending.push({ value: child, key, parent: visit });
  }
  return undefined;
}

function parseJson(text: string): unknown {
  if (text.length === 0) {
    throw new RegistryError(
      'BAD_REQUEST',
      'The body is empty, but "Content-Type: application/json" says JSON follows: send the JSON, or no Content-Type when there is no body.',
    );
  }
  let body: unknown;
  try {
    // A byte-order mark, as some editors save files, is not part of the JSON.
    body = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    throw new RegistryError(
      'BAD_REQUEST',
      `The request body is not valid JSON (${(error as Error).message}): send what JSON.stringify makes of it.`,
    );
  }
  const found = prototypeKey(body);
  if (found !== undefined) {
    throw new RegistryError(
      'BAD_REQUEST',
      `The key "${found.name}" is not allowed in a request body (found at ${found.path}): it can change what other objects inherit. Remove it.`,
      [{ path: `body.${found.path}`, message: 'is not allowed: remove it' }],
    );
  }
  return body;
}

/**
 * The registry reads JSON bodies only, and says why it refuses one. Fastify's own JSON parser refuses `__proto__`
 * keys with the same words as broken JSON, and its plain-text parser would hand a complete entry sent as text/plain
 * to the routes as one string (to be told "entry: is required"); without it, any type but JSON is a 415 (a route
 * that takes another type, as the CSP reports do, adds its parser in its own plugin).
 */
export function parseJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    try {
      done(null, parseJson(text as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
