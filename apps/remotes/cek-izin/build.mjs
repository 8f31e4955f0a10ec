// The remote built the way an agency outside Vite builds it: rspack with @module-federation/enhanced. The shell
// loads it by its mf-manifest.json, which tells the runtime how it was built.
import { createRequire } from 'node:module';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { rspack } from '@rspack/core';

const dir = import.meta.dirname;
const require = createRequire(`${dir}/`);
const versionOf = (name) => require(`${name}/package.json`).version;

// The shell's singletons this app uses. webpack and rspack share only the specifiers listed, so React's subpaths
// are named too; without them the app would quietly load a second react-dom.
const singleton = (name, version = versionOf(name)) => ({
  singleton: true,
  version,
  requiredVersion: `^${version}`,
  strictVersion: true,
});
const shared = {
  react: singleton('react'),
  'react/jsx-runtime': singleton('react', versionOf('react')),
  'react-dom': singleton('react-dom'),
  'react-dom/client': singleton('react-dom', versionOf('react-dom')),
  '@bas/sdk': singleton('@bas/sdk'),
  '@bas/sdk/react': singleton('@bas/sdk', versionOf('@bas/sdk')),
};

const watch = process.argv.includes('--watch');
const compiler = rspack({
  mode: watch ? 'development' : 'production',
  context: dir,
  entry: { standalone: './src/standalone.tsx' },
  // Chunks load with their SRI hash, which the build writes into remoteEntry.js: the portal pins remoteEntry.js, and
  // through it every chunk (decisions/0018).
  output: {
    path: `${dir}/dist`,
    publicPath: 'auto',
    uniqueName: 'cek_izin',
    clean: true,
    crossOriginLoading: 'anonymous',
  },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'builtin:swc-loader',
        type: 'javascript/auto',
        options: {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
        },
      },
    ],
  },
  plugins: [
    new ModuleFederationPlugin({
      name: 'cek_izin',
      filename: 'remoteEntry.js',
      exposes: { './App': './src/remote.tsx' },
      shared,
      manifest: true,
      dts: false,
      // The portal's shell provides the federation runtime; this app's own page loads it from the file copied below.
      experiments: { externalRuntime: true },
    }),
    new rspack.CopyRspackPlugin({
      patterns: [{ from: require.resolve('@bas/federation/mf-runtime-core.js'), to: 'mf-runtime-core.js' }],
    }),
    new rspack.HtmlRspackPlugin({ template: './index.html', chunks: ['standalone'] }),
    new rspack.SubresourceIntegrityPlugin({ hashFuncNames: ['sha384'], enabled: !watch }),
  ],
  performance: { hints: false },
});

const report = (error, stats) => {
  if (error) throw error;
  console.log(stats.toString({ colors: false, modules: false, chunks: false, assets: true }));
  if (stats.hasErrors()) process.exitCode = 1;
};
if (watch) compiler.watch({}, report);
else compiler.run((error, stats) => compiler.close(() => report(error, stats)));
