import type { Kit } from '../readKit.ts';

/** The shell's versions as a test states them, independent of what this checkout has built. */
export const fixtureKit: Kit = {
  sdkVersion: '2.0.0',
  singletons: {
    react: '19.3.1',
    'react-dom': '19.3.1',
    'react-router': '7.18.7',
    zustand: '5.1.0',
    '@bas/sdk': '2.0.0',
    '@bas/ui': '1.0.0',
  },
  packages: {
    '@bas/sdk': '2.0.0',
    '@bas/ui': '1.0.0',
    '@bas/manifest': '0.2.0',
    '@bas/federation': '1.0.0',
    '@bas/create-remote': '1.0.0',
  },
  tools: { vite: '8.3.8', vitest: '4.1.12' },
};
