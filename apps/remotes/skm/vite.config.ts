import { defineRemoteConfig } from '@bas/federation';

// No framework: the remote shares only the SDK with the shell and brings no React.
export default defineRemoteConfig({ appId: 'skm', dir: import.meta.dirname, port: 4105, framework: 'none' });
