export {
  createIntegrityIndex,
  integrityIndexName,
  isIndexed,
  readBuildFiles,
  sriOf,
  writeIntegrityIndex,
} from './integrityIndex.ts';
export type { IntegrityIndex } from './integrityIndex.ts';
