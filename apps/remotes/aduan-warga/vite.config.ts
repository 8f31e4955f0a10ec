import { defineRemoteConfig } from '@bas/federation';

export default defineRemoteConfig({ appId: 'aduan-warga', dir: import.meta.dirname, port: 4103 });
