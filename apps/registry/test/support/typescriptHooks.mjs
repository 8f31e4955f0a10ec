import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Module hooks that let Node 20 run the repository's TypeScript as it is, for tests that start a server's `main.ts`
 * in a process of its own (Node strips types itself only from 22.6). Workspace packages whose types entry is their
 * source (`@bas/server-kit`) are loaded from that source, so the process runs what the test sees, not an older build.
 */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!specifier.startsWith('@bas/')) return resolved;
  const source = await nextResolve(specifier, {
    ...context,
    conditions: ['types', ...context.conditions],
  }).catch(() => undefined);
  return source?.url.endsWith('.ts') === true && !source.url.endsWith('.d.ts') ? source : resolved;
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) {
    return nextLoad(url, context);
  }
  const { outputText } = ts.transpileModule(await readFile(new URL(url), 'utf8'), {
    fileName: fileURLToPath(url),
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      inlineSourceMap: true,
    },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
