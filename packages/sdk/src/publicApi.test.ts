import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entryPoints = [
  'index.ts',
  'react/index.ts',
  'http/index.ts',
  'standalone/index.ts',
  'testing/index.ts',
  'sdkVersion.ts',
].map((file) => new URL(file, import.meta.url).pathname);

/** Every public export of every entry point, with the JSDoc tags of its declaration. */
function publicExports() {
  const program = ts.createProgram(entryPoints, {
    allowImportingTsExtensions: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  return entryPoints.flatMap((file) => {
    const source = program.getSourceFile(file);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`cannot read ${file}`);
    return checker.getExportsOfModule(module).map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol.getJsDocTags(checker).map((tag) => tag.name);
      return { name: `${file.split('/src/')[1] ?? file}: ${exported.name}`, tags };
    });
  });
}

describe('the public API', () => {
  const exports = publicExports();

  it('has the contract, the React binding and the test helpers', () => {
    expect(exports.map((entry) => entry.name)).toEqual(
      expect.arrayContaining([
        'index.ts: RemoteContext',
        'index.ts: sdkVersion',
        'react/index.ts: createReactRemote',
        'react/index.ts: useLocale',
        'testing/index.ts: checkRemoteContract',
      ]),
    );
  });

  it('documents every export with an example', () => {
    const withoutExample = exports
      .filter((entry) => !entry.tags.includes('example'))
      .map((entry) => entry.name);
    expect(withoutExample).toEqual([]);
  });
});
