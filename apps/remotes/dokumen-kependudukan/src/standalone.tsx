import type { ManifestEntry } from '@bas/manifest';
import { createStandaloneContext } from '@bas/sdk/standalone';
// On its own page the app has no shell to define the design tokens the kit reads.
import '@bas/ui/tokens.css';
import entry from '../bas-remote.json' with { type: 'json' };
import { mount } from './remote.tsx';

// The app's standalone address: the same module the shell mounts, on a page of its own.
const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks <div id="root">');
mount(root, createStandaloneContext({ entry: entry as ManifestEntry, basePath: '/' }));
