import { defineRemoteConfig } from '@bas/federation';

export default defineRemoteConfig({ appId: 'dokumen-kependudukan', dir: import.meta.dirname, port: 4102 });
