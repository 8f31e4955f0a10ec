import type { ManifestEntry } from '@bas/manifest';
import { createStandaloneContext } from '@bas/sdk/standalone';
import entry from '../bas-remote.json' with { type: 'json' };
import { mount } from './remote.tsx';

// The app's standalone address: the same module the shell mounts, on a page of its own (loaded by standalone.tsx).
const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks <div id="root">');
mount(root, createStandaloneContext({ entry: entry as ManifestEntry, basePath: '/' }));
