import { defineRemoteConfig } from '@bas/federation';

// A BAS remote: Module Federation container with mf-manifest.json, the shell's React, router, zustand and SDK.
export default defineRemoteConfig({ appId: '{{appId}}', dir: import.meta.dirname, port: {{port}} });
