import { defineRemoteConfig } from '@bas/federation';

export default defineRemoteConfig({ appId: 'pengumuman', dir: import.meta.dirname, port: 4101 });
