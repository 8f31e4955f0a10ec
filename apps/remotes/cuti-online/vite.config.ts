import { defineRemoteConfig } from '@bas/federation';

export default defineRemoteConfig({ appId: 'cuti-online', dir: import.meta.dirname, port: 4104 });
