import type { RegistryError } from './RegistryError.ts';

/** What every error answer of the registry carries: `{ code, message }`, with `path` and `issues` when it has them. */
export function errorBody(error: RegistryError): {
  code: string;
  message: string;
  path?: string;
  issues?: RegistryError['issues'];
} {
  const [first] = error.issues;
  return {
    code: error.code,
    message: error.message,
    ...(first === undefined ? {} : { path: first.path, issues: error.issues }),
  };
}
