import type { ManifestEntry } from '@bas/manifest';
import { createStandaloneContext } from '@bas/sdk/standalone';
// In the portal the shell defines the design tokens the kit reads; on its own page the app brings them.
import '@bas/ui/tokens.css';
import entry from '../bas-remote.json' with { type: 'json' };
import { mount } from './remote.tsx';

// The app's standalone address (`vite preview`, or after `npm run build` on any static host): the same module
// the shell mounts, on a page of its own, for an anonymous visitor.
const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks <div id="root">');
mount(root, createStandaloneContext({ entry: entry as ManifestEntry, basePath: '/' }));
